// a proxy of a non-constructor has no [[Construct]]
const arrow = new Proxy(() => 1, { construct() { return {}; } });
print(arrow()); // expect: 1
try { new arrow(); } catch (e) { print(e instanceof TypeError); } // expect: true
try { Reflect.construct(