// a proxy of a plain object is not callable, whatever its handler says
const p = new Proxy({}, { apply() { return 1; } });
print(typeof p); // expect: object
try { p(); } catch (e) { print(e instanceof TypeError); } // expect: true
try { Reflect.apply(p, null, []); } catch (e) { print(e instanceof TypeError); } // expect: true
try { Function.prototype.call.call(p); } catch (e) { print(e instanceof TypeError); } // expect: true
print(typeof new Proxy(class {}, {}), typeof new Proxy(new Proxy(function () {}, {}), {})); // expect: function function
