// a class may extend a constructor proxy; super() goes through [[Construct]]
class Animal { constructor(name) { this.name = name; } speak() { return this.name + ' speaks'; } }
const