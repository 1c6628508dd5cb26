// `return` at the top level of an ES module is an early SyntaxError (it is
// allowed only in a CommonJS main script or module: runtime/main_toplevel_return.js)
import('./fixtures/toplevel_return.mjs').then(() => print('loaded'), e => print(e.name, e.message));
// expect: SyntaxError Illegal return statement
