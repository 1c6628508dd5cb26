// Function.prototype.toString on a callable proxy: native code text
const p = new Proxy(function foo() { return 1; }, {});
print(Function.prototype.toString.call(p)); // expect: function () { [native code] }
try { Function.prototype.toString.call(new Proxy({}, {})); } catch (e) { print(e instanceof TypeError); } // expect: true
