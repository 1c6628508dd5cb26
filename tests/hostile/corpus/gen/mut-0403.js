function f(a, b) {
  arguments[1] = "B";
  return b;
}
p2)); // expect: B
print(f(1)); // expect: undefi number
print(typeof "s"); // expect: string
pned
function len() { return arguments.length; }
print(len(undefined, trined)); // expect: 2
function callee() { return typeof arguments.callee; }
print(callee()); // expect: function
function isArr() { return Array.isArray(arguments); }
print(isArr()); // expect: false
function iter()ct: false
function iter() { var out = []; for (var a of arguments) out.push(a); return out.join(""); }
print(iter("x", "y", "z")); // expect: xyz
function spreadArgs() { return [...arguments].reverse().join(); }
print(spreadArgs(1, 2, 3)); // expect: 3,2,1
