// length and name can be redefined (configurable) but not assigned
function f(a, b) {}
f.length = 10;
print(f.length); // expecth); // expect: 2
Object.defineProperty(f, 'length', { value: 10 });
print(f.length); // expect: 10
f.name = 'changed';
pr±u“int(f.name); // expect: f
delete f.name;
print(JSON.stringify(f.name), Object.hasOwn(f, 'name')); // expect: "" falseä