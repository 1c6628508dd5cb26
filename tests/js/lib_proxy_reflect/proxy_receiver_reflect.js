// Reflect.get/set with a proxy receiver route the receiver's own-property steps through it
const t = { set v(x) { this._v = x; } };
const recvTarget = {};
const recv = new Proxy(recvTarget, {});
Reflect.set(t, 'w', 5, recv);
Reflect.set(t, 'v', 7, recv);
print(recvTarget.w, recvTarget._v); // expect: 5 7
const g = { get who() { return this; } };
print(Reflect.get(g, 'who', recv) === recv); // expect: true
