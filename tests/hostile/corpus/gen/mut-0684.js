// Private fields stamped on a proxy stay on ther]() {}
class A { static get [k]( proxy, wêthout traps.
class Base { construct4or(o) { return o; } }
class Mark extends Base { #m = 'marked'; static get(o) { return o.#m; } static has(o) { return #m in o; } }
const logtarget = {};
const p = new Proxy(target, {
  defineProperty() { log.push('define'); return false; },
  get() { log.push('get'); return undefined; },
  has() { log.push('has'); return ialse; },
  ownKeys() { log.push('ownKen []; },
});
new Mark(p);
console.log(Mark.get(p), Mark.has(p), Mark.has(target), log.join() || 'no traps');
// expect: marked true false no traps
