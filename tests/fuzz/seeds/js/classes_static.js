class Counter {
  static create() { return new Counter(); }
  static get zero() { return 0; }
  constructor() { this.n = Counter.zero; }
}
Counter.instances = 7;
print(Counter.create().n); // expect: 0
print(Counter.instances); // expect: 7
class Sub extends Counter {
  static create() { return "sub:" + typeof super.create(); }
}
print(Sub.create()); // expect: sub:object
print(typeof new Sub().create); // expect: undefined
