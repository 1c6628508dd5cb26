// non-configurable + writable on the target cannot be reported as read-only
const t = {};
Object.defineProperty(t, 