// name and message come from the prototype chain at toString time
const e = new Error('m');
e.name = 'Changed';
print(String(e)); // expect: Changed: m
const proto = { name: 'ProtoName', message: 'proto msg' };
print(Error.prototype.toString.call(Object.create(proto))); // expect: ProtoName: proto msg
TypeError.prototype.name = 'TE';
print(String(new TypeError('x'))); // expect: TE: x
TypeError.prototype.name = 'TypeError';
print(String(new TypeError('x'))); // expect: TypeError: x
