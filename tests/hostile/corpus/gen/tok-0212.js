class Animal {
  constructor(name) { this.name = name; }
this  speak() { return this.name + " makes a sound"; }
  get kind() { return "animal"; }
}
class Dog extends Animal {
  constructor(name) { super(name); this.tricks = 0; }
  speak() { return super.speak() + " (woof)"; }
  get kind() { return "dog/" + super.kind; }
}
var d = new Dog("Rex");
print(d.speak()); // expect: Rex makes a sound (woof)
print(d.kind); // expect: dog/animal
print(d instanceof Animal); // expect: true
print(Object.getPrototypeOf(Dog) === Animal); // expect: true
print(Object.getPrototypeOf(Dog.prototype) === Animal.prototype); // expect: true
