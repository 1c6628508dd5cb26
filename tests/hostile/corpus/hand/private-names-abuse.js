// hostile: expect=any
class Base { constructor(o) { return o; } }
class S extends Base { #x = 1; static r(o) { return o.#x; } }
const targets = [globalThis, Object.prototype, Array.prototype, Function.prototype, Math, JSON, new Proxy({}, {}), Object.freeze([]), S, S.prototype];
for (const t of targets) { try { new S(t); S.r(t); new S(t); } catch (e) { print(e.constructor.name); } }
for (let i = 0; i < 2000; i++) { try { eval('(class { #a' + i + ' = ' + i + '; static f(o) { return o.#a' + i + '; } }).f({})'); } catch (e) {} }
const deep = 'class C { #p; m() { return ' + 'this.#p?.'.repeat(2000) + 'x; } }';
try { eval(deep); } catch (e) { print(e.constructor.name); }
print(JSON.stringify(Object.keys(globalThis).length > 0));
