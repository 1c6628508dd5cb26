// indirect eval: let/const/class stay local to the eval, var becomes global
(0, eval)('let el = 1; const ec = 2; class EK {} var ev = 3;');
print(typeof el, typeof ec, typeof EK, typeof ev, ev); // expect: undefined undefined undefined number 3
print((0, eval)('let q = 5; q * 2')); // expect: 10
