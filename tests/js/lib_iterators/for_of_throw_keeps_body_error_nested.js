// nested for-of: the innermost body error wins over every return() error
const mk = (name, log) => ({ [Symbol.iterator]() { return { next: () => ({ done: false, value: 1 }), return() { log.push(name); throw new Error(name); } }; } });
const log = [];
try {
  for (const a of mk('outer', log)) for (const b of mk('inner', log)) throw new Error('body');
} catch (e) { print(e.message, log.join()); } // expect: body inner,outer
