// Private fields stamped on a proxy stay on the proxy, without traps.
class Base { constructor(o) { return o; } }
class Mark extends Base { #m = 'marked'; static get(o) { return o.#m; } static has(o) { return #m in o; } }
const log = [];
const target = {};
const p = new Proxy(target, {
  defineProperty() { log.push('define'); return false; },
  get() { log.push('get'); return undefined; },
  has() { log.push('has'); return false; },
  ownKeys() { log.push('ownKeys'); return []; },
});
new Mark(p);
console.log(Mark.get(p), Mark.has(p), Mark.has(target), log.join() || 'no traps');
// expect: marked true false no traps
