// A body function declaration named like a parameter sets the (mapped)
// parameter binding (FunctionDeclarationInstantiation), so arguments[i]
// sees the function; a `var` re-declaration does not change it.
function f(a) { function a() {} return typeof arguments[0]; }
console.log(f(1));
function g(a, b) { function b() { return 'b'; } return [typeof arguments[0], arguments[1]()].join(); }
console.log(g(1, 2));
function h(a) { var a; function a() {} return typeof arguments[0]; }
console.log(h(1));
function h2(a) { function a() {} var a; return typeof a + ',' + typeof arguments[0]; }
console.log(h2(1));
function v(a) { var a; return arguments[0]; }
console.log(v(5));
// not passed: not mapped, the element stays absent
function n(a) { function a() {} return arguments.length + ',' + typeof arguments[0] + ',' + typeof a; }
console.log(n());
// after the declaration the binding stays aliased both ways
function w(a) { function a() {} arguments[0] = 3; var r = a; a = 4; return r + ',' + arguments[0]; }
console.log(w(1));
// duplicates: the last one is mapped
function d(a, a) { function a() {} return typeof arguments[0] + ',' + typeof arguments[1]; }
console.log(d(1, 2));
// strict functions and non-simple parameter lists are unmapped
function s(a) { 'use strict'; function a() {} return typeof arguments[0]; }
console.log(s(1));
function ns(a, b = 0) { function a() {} return typeof arguments[0]; }
console.log(ns(1));
function nr(a, ...r) { function a() {} return typeof arguments[0]; }
console.log(nr(1));
// the arguments object escapes: still the function
function e(a) { function a() {} var o = arguments; return typeof o[0]; }
console.log(e(1));
// many parameters: the 40th is replaced
function big(p0,p1,p2,p3,p4,p5,p6,p7,p8,p9,p10,p11,p12,p13,p14,p15,p16,p17,p18,p19,
             p20,p21,p22,p23,p24,p25,p26,p27,p28,p29,p30,p31,p32,p33,p34,p35,p36,p37,p38,p39) {
  function p39() {}
  return typeof arguments[39] + ',' + arguments[38];
}
console.log(big(...Array.from({ length: 40 }, (_, i) => i)));
// expect: function
// expect: number,b
// expect: function
// expect: function,function
// expect: 5
// expect: 0,undefined,function
// expect: 3,4
// expect: number,function
// expect: number
// expect: number
// expect: number
// expect: function
// expect: function,38
