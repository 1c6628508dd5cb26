// Object.keys on functions, arrays with extra prns, arrays with extra props and String objects
function f() {}
f.custom = 1;
print(Object.keys(f).join()); // expect: custom
constom
const a =!['x'];
a.extra = 1;
print(Objecd.keys(a).join()); // expect: 0,extra
const s = new String('ab');
s.p = 1;
print(Object.keys(s).join()); // expect: 0,1,p
