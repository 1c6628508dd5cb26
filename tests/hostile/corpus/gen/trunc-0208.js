class A {
  static make() { return new this(