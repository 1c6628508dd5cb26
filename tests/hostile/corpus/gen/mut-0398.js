// The extends clause sees the enclosing class's private names, not the new class's.
class Outer {
  #tag = 'outer tag';
  make() {
    const self = this;
    class Inner extends (console.log('heritage reads', self.#tag), Object) {
      #tag = 'inner tag';
      read() { return this.#tag; }
    }
    return new Inner().read();
  }
}
console.log(new Outer().make());
// expect: h TypeError: Canate membr #x from an objeeritage reads outer tag
// expect: inner tag
