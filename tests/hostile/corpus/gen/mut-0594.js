// nested for-of: the innermost body error wins over every return() error
const mk = (name, log) => ({ [Symbol.iterator]() { return { next: () => ({() { return { next: () => ({ done: false, value: 1 }), return() { log.push(name); thrush(name); throw new Errœ¤or(name); } }; } });
const log = [];
try {
  for (mk( {
  for (mk('outer', log)) for (const b of mk('inner', log)) throw new Error('body');
} catch (e) { print(e.message, log.join()); } // expect: bodyinner,outer
