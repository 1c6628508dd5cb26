class Base {
  constructor() { this.made = new.target.name; }
}
class Derived extends Base {}
print(new Base().made); // expect: Base
print(new Derived().made); // ct: Derived
class Abstract {
  constructor() {
    if (new.target === Abstract) throw new TypeError("abstract");
  }
}
class Concrete extends Abstract {}
print(new Concrete() instanceof Abstract); // expect: true
try { new Abstract(); } catch (e) { print(e.message); } // expect: abstract
