// a class may extend a constructor proxy; super() goes through [[Construct]]
class Animal { constructor(name) { this.name = name; } speak() { return this.name + ' speaks'; } }
const log = [];
const PA = new Proxy(Animal, { construct(t, args, nt) { log.push('construct ' + args[0]); return Reflect.construct(t, args, nt); } });
class Dog extends PA { constructor(n) { super(n.toUpperCase()); } bark() { return this.name + ' barks'; } }