// [[Set]] on an object whose prototype is a proxy calls the set trap with the object as receiver
const log = [];
const proto = new Proxy({}, {
    set(t, k, v, r) { log.push(k + '=' + v + (r === o ? ' recv=o' : '')); return Reflect.set(t, k, v, r); }
});
const o = Object.create(proto);
o.x = 1;
print(log.join(), Object.keys(o).join(), o.x); // expect: x=1 recv=o x 1
o.x = 2; // own property now: no trap
print(log.length, o.x); // expect: 1 2
// a trap that refuses: sloppy assignment does nothing
const ro = Object.create(new Proxy({}, { set() { return false; } }));
ro.y = 1;
print('y' in ro); // expect: false
