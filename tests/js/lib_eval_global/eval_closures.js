// closures created in eval capture the surrounding scope
function counter() {
  let n = 0;
  return eval('() => ++n');
}
const c = counter();
c(); c();
print(c()); // expect: 3
function shadow() { var x = 'outer'; return eval('(function () { var x = "inner"; return eval("x"); })()'); }
print(shadow()); // expect: inner
