// new.target in eval code outside any function, or in indirect eval, is a SyntaxError.
function F() {
  try { return (0, eval)('new.target'); } catch (e) { return e.constructor.name; }
}
console.log(new F());
try { Function('return eval("new.target")')(); console.log('in Function body: ok'); } catch (e) { console.log(e.constructor.name); }
function H() { try { return eval('function inner() { return new.target; } inner()'); } catch (e) { return e.constructor.name; } }
console.log(String(new H()));
// expect: F {}
// expect: in Function body: ok
// expect: [object Object]
