// class members: methods non-enumerable, fields enumerable, accessors shared
class K {
  field = 1;
  static sfield = 2;
  method() {}
  get acc() { return 1; }
  static smethod() {}
}
const flags = d => [d.writable, d.enumerable, d.configurable].join();
print(flags(Object.getOwnPropertyDescriptor(K.prototype, 'method'))); // expect: true,false,true
print(flags(Object.getOwnPropertyDescriptor(new K(), 'field'))); // expect: true,true,true
print(flags(Object.getOwnPropertyDescriptor(K, 'sfield')), flags(Object.getOwnPropertyDescriptor(K, 'smethod'))); // expect: true,true,true true,false,true
const acc = Object.getOwnPropertyDescriptor(K.prototype, 'acc');
print(acc.enumerable, acc.configurable, acc.