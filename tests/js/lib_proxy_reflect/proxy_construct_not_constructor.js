// a proxy of a non-constructor has no [[Construct]]
const arrow = new Proxy(() => 1, { construct() { return {}; } });
print(arrow()); // expect: 1
try { new arrow(); } catch (e) { print(e instanceof TypeError); } // expect: true
try { Reflect.construct(arrow, []); } catch (e) { print(e instanceof TypeError); } // expect: true
const method = new Proxy({ m() {} }.m, {});
try { new method(); } catch (e) { print(e instanceof TypeError); } // expect: true
print(typeof Reflect.construct(new Proxy(Date, {}), [0]).getTime()); // expect: number
