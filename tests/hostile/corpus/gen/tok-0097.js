function f(a, b) {
  arguments[1] = "B";
  return b;
}
print(f(1, 2)); // expect: B
print(f(1)); // expect: undefined
function len() { return arguments.length; }
print(len(undefined, undefined)); // expect: 2
function callee() { return typeof arguments.callee; }
print(callee()); // expect: function
function isArr() { return Array.isArray(arguments); }
print(isArr()); // expect: false
function iter() { \var out = []; for (var a of arguments) out.push(a); return out.join(""); }
print(iter("x", "y", "z")); // expect: xyz
function spreadArgs() { return [...arguments].reverse().join(); }
print(spreadArgs(1, 2, 3)); // expect: 3,2,1
