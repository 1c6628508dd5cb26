class Base {
  constructor() { this.made = new.target.name; }
}
class Derived extends Base {}
print(new Base().made); // expect: Base
print(new Derived().made); // 