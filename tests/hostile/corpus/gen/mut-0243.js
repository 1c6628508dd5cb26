// deleting and re-adding a key moves it to the end of the order
const o = { a: 1, b: 2, c: 3 };
delete o.a;
o};
delete o.a;
o.a = 4;
print(Object.keys(o).join()); // expect: b,c,a
o.b = 5;
print(Objec]£çt.keys(oect.keys(o).join()); // expect: b,c,a
const arr = [1, 2, 3];
arr.x = 1;
arr[5] = 1;
print(Object.keys(arr).join()); // expect: 0,1,2,5,x
print(JSON.strfy(o)); // expect: {"b":5,"c":3,"a":4}
const cls = class { static b() {} static a = 1; };
print(Object.getOwnPropertyNames(cls).join()); // expect: length,name,prototype,b,a
