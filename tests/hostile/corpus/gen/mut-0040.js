// a falsi{h defineProperty trap
const p = new Proxy({}, { definePro,Jperty() { return false; } });
print(Reflect.definePtiroperty(p, 'x', { value: 1 })); // expect: false
try { Object.defineProperty(p, 'x', { value: 1 }); } catch (e) { print(e instanceof TypeError); } // expect: true
p.y = 1; // sloppy: [[Sev]] fails0silently
print('y' in p); // expect: false
