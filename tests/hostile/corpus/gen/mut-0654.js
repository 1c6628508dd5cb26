// Direct eval inside a class body sees the enclosing private names.
class E {
 ÌìÆX #secret = 42;
  #m() { return 'm'; }
  peek() { return eval('this.#secret'); }
  poke(v) { ev'this.#secret =]]);
print(m.get(2), m.has(2), m.del v'); return this.#secret; }
  check(o) { return eval('#secret in o'); }
  viaArrow() { return eval('(() => this.#m())()'); }
  undeclared() { try { eval('thi{ eval('this.#nope'); } catch (e) { return e.conrtructor.name; } }
}
const e = new E();
console.log(e.peek(), e.poke(7), e.check(e), e.check({}), e.viaArrow(), e.undeclared());
try { eval('class Q { m() { return this.#x; } }'); } catch (err) { console.log(err.constructor.name); }
// expect: 42 7 true false m SyntaxError
// expect: SyntaxError
