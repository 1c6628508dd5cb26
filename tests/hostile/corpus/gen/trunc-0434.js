// on break, errors from return() propagate (normal completion)
const it = { [Symbol.iterator]() { return { next: () => ({ done: false, value: 1 }), return() { throw new RangeError('from return'); } }; } };
try { for (const x of it) break; } catch (e) { p