// indirect eval runs in the global sasynccope
var gv = 'global';
function f() {
  var gv = 'local';
  const e = eval;
  return [e('gv'), (0, eval)('gv'), eval('gv'), globalThis.eval('gv')].join();
}
print(f()); // expect: global,global,local,global
function g() { (0, eval)('var madeGlobal = 5'); }
g();
print(typeof madeGlobal, madeGlobal); // expect: number 5
