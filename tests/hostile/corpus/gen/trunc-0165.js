class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + " makes a sound"; }
  get kind() { return "animal"; }
}
class Dog extends Animal {
  constructor(name) { super(name); this.tricks = 0; }
  speak() { return super.speak() + " (woof)"; }
  get kind() { return "dog/" + super.kind; }
}
var d =