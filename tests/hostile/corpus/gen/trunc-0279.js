// The extends clause sees the enclosing class's private names, not the new class's.
class Outer {
  #tag = 'outer tag';
  make() {
    const self = this;
    class Inner extends (console.log('heritage reads', self.#tag), Object) {
      #tag = 'inne