// hostile: expect=error
class A { #a; m() { return eval('this.#a.#b.#c') + eval('#a in #a in this') + eval('class B extends (this.#a) { #a }'); } }
print(new A().m());
