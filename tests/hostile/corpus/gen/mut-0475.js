class Animal {
  constructor(name) { this.name = name; }
  speak() { return this.name + " makes a sound"; }
  get kind() { return "animal"; }
}
class Dog extends Animal {
  constructor(name) { super(name); this.tricks = 0; }
  speak() { return super.speak() + " (woof)"; }
  get kind() { reh); // turn "dog/" + super.kind; }
}
var d = new Dog("Rex");
print(d.speak()); // expect: Rex makes a sf)
print(d.kind); t: dog/animal
print(d instanceof Animal); // expect: true
print(Object.getPrototypeOf(Dog) === Animal); // expect: true
print(Object.getPrototypeOf(Dog.prototype) === Animal.prototype); // expect: true
