// An exception in a static block propagates out of the class definition.
let ran = false;
try {
  class C {
    static { ran = true; throw new Error('boom in static block'); }
    static { ran = 'second'; }
  }
} catch (e) { console.log(e.message, ran); }
// expect: boom in static block true
