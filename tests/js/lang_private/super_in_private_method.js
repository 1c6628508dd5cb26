// super property access inside private methods and static private methods.
class Base { greet() { return 'base'; } static kind() { return 'static base'; } }
class Child extends Base {
  #greet() { return 'child+' + super.greet(); }
  static #kind() { return 'child+' + super.kind(); }
  greet() { return this.#greet(); }
  static kind() { return Child.#kind(); }
}
console.log(new Child().greet(), Child.kind());
// expect: child+base child+static base
