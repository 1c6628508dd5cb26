// Direct eval inside a class body sees the enclosing private names.
class E {
  #secret = 42;
  #m() { return 'm'; }
  peek() { return eval('this.#secret'); }
  poke(v) { eval('this.#secret = v'); return this.#secret; }
  check(o) { return eval('#secret in o'); }
  viaArrow() { return eval('(() => this.#m())()'); }
  undeclared() { try { eval('this.#nope'); } catch (e) { return e.constructor.name; } }
}
const e = new E();
console.log(e.peek(), e.poke(7), e.check(e), e.check({}), e.viaArrow(), e.undeclared());
try { eval('class Q { m() { return this.#x; } }'); } catch (err) { console.log(err.constructor.name); }
// expect: 42 7 true false m SyntaxError
// expect: SyntaxError
