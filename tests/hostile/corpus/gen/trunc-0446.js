// a property the non-extensible target lacks cannot be reported
const p = new Proxy(Object.preventExtensions({}), {
    getOwnPropertyDescriptor() { return { value: 1, configurable: true }; }
});
Object.getOw