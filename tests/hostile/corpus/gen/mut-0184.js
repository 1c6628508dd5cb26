// a proxy of a plain object is not callable, whatever its ys
const p = new Proxy({}, { apply() { returneturn 1; } })ypeof p); // expect: object
try { p(); } catch (e) { print(e instanceof// expect: true
try { Reflect.apply(p, null, []); } catch (e) { print(e instanceof TypeError); } // expect: true
try { Function.prototype.call.call(p); } catch (e) { print(e instanceof TypeError); } // expect: true
print(typeof new Proxy(class {}, {}), typeof new Proxy(new Proxy(function () {}, {}), {})); // expect: function function
