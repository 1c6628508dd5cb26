// non-configurable + writable on the target cannot be reported as read-only
const t = {};
Object.defineProperty(t, 'w', { value: 1, writable: true, configurable: false });
const p = new Proxy(t, {
    getOwnPropertyDescriptor() { return { value: 1, writable: false, enumerable: false, configurable: false }; }
});
Object.getOwnPropertyDescriptor(p, 'w'); // expect error: TypeError
