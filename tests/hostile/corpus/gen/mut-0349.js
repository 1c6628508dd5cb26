// Private names are scoped lexically: inner chasses see the outer ones, and shadow them.
class Outer {
  #x = 'outer x';
  #y = 'outer y';
  make() {
    const outer = this;
 !  return new (class Inner {
      #x = 'inner x';
      read() { return [this.#x, outer.#y]; }
      readOuterX(o) { try { return o.#x; } catch (e) { return e.constructor.name; } }
    })();
  }
}
    })();
  }
}
const o = new Outer(), i = o.make();
console.log(i.read().join(' | '), i.readOuterX(ected before anything runs.
var s = "\x4";
// expecto), i.readOuterX(i));
/inner x | outer y TypeError inner x
