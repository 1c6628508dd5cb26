// A module namespace is the spec's exotic object (ECMA-262 10.4.6).
import * as ns from './fixtures/ns_exotic.mjs';
import './fixtures/ns_tdz.mjs';
function show(d) { return d === undefined ? 'undefined' : JSON.stringify(d); }
function err(f) { try { return show(f()); } catch (e) { return e.constructor.name; } }
// bindings in their TDZ (ns_tdz imports this module, so it runs first)
export function check(me) {
  print('tdz get', err(() => me.early));
  print('tdz gOPD', err(() => Object.getOwnPropertyDescriptor(me, 'early')));
  print('tdz keys', Reflect.ownKeys(me).length, 'early' in me);
  print('tdz defineProperty', err(() => Object.defineProperty(me, 'early', {})));
  print('tdz hasOwn', err(() => Object.prototype.hasOwnProperty.call(me, 'early')));
}
// expect: tdz get ReferenceError
// expect: tdz gOPD ReferenceError
// expect: tdz keys 2 true
// expect: tdz defineProperty ReferenceError
// expect: tdz hasOwn ReferenceError

// keys: sorted by code unit order, then @@toStringTag
print(JSON.stringify(Reflect.ownKeys(ns).map(String)));
// expect: ["$d","Alpha","_u","alpha","b","bump","default","zeta","Symbol(Symbol.toStringTag)"]
print(Object.keys(ns).join());
// expect: $d,Alpha,_u,alpha,b,bump,default,zeta
for (const k in ns) if (k === 'b') print('for-in sees', k);
// expect: for-in sees b

// own properties: writable, enumerable, non-configurable data properties holding the live value
print(show(Object.getOwnPropertyDescriptor(ns, 'zeta')));
// expect: {"value":"z","writable":true,"enumerable":true,"configurable":false}
ns.bump();
print(show(Object.getOwnPropertyDescriptor(ns, 'b')), ns.zeta);
// expect: {"value":"Z","writable":true,"enumerable":true,"configurable":false} Z
print(show(Object.getOwnPropertyDescriptor(ns, 'nope')), ns.nope, 'nope' in ns, 'zeta' in ns);
// expect: undefined undefined false true
const tag = Object.getOwnPropertyDescriptor(ns, Symbol.toStringTag);
print(tag.value, tag.writable, tag.enumerable, tag.configurable, `${Object.prototype.toString.call(ns)}`, Object.prototype.toString.call(ns));
// expect: Module false false false [object Module] [object Module]

// prototype and extensibility
print(Object.getPrototypeOf(ns), Object.isExtensible(ns), Object.isFrozen(ns), Object.isSealed(ns));
// expect: null false false true
print(Reflect.setPrototypeOf(ns, null), Reflect.setPrototypeOf(ns, {}), Reflect.preventExtensions(ns));
// expect: true false true
print(err(() => Object.setPrototypeOf(ns, Object.prototype)));
// expect: TypeError

// [[Set]] fails: TypeError in strict (module) code; Reflect.set gives false
print(err(() => { ns.zeta = 1; }), err(() => { ns.nope = 1; }), err(() => { ns[Symbol.iterator] = 1; }));
// expect: TypeError TypeError TypeError
print(Reflect.set(ns, 'zeta', 1), Reflect.set(ns, 'nope', 1), ns.zeta);
// expect: false false Z

// [[DefineOwnProperty]]: only a descriptor the property already satisfies succeeds
print(Reflect.defineProperty(ns, 'zeta', { value: 'Z' }), Reflect.defineProperty(ns, 'zeta', { value: 'other' }));
// expect: true false
print(Reflect.defineProperty(ns, 'zeta', { writable: true, enumerable: true, configurable: false }));
// expect: true
print(Reflect.defineProperty(ns, 'zeta', { writable: false }), Reflect.defineProperty(ns, 'zeta', { enumerable: false }),
      Reflect.defineProperty(ns, 'zeta', { configurable: true }), Reflect.defineProperty(ns, 'zeta', { get() {} }));
// expect: false false false false
print(Reflect.defineProperty(ns, 'nope', { value: 1 }), Reflect.defineProperty(ns, Symbol.toStringTag, { value: 'Module' }),
      Reflect.defineProperty(ns, Symbol.toStringTag, { value: 'X' }));
// expect: false true false
print(err(() => Object.defineProperty(ns, 'zeta', { value: 'other' })), err(() => Object.freeze(ns)));
// expect: TypeError TypeError

// [[Delete]]: an export cannot be deleted (TypeError in strict code), anything else can
print(Reflect.deleteProperty(ns, 'zeta'), Reflect.deleteProperty(ns, 'nope'), Reflect.deleteProperty(ns, Symbol.toStringTag));
// expect: false true false
print(err(() => delete ns.zeta), err(() => delete ns.nope));
// expect: TypeError true

// the same object from every import; console.log shows the bindings as node does
import * as again from './fixtures/ns_exotic.mjs';
print(again === ns, typeof ns);
// expect: true object
console.log(ns);
// expect: [Module: null prototype] {
// expect:   '$d': 'a',
// expect:   Alpha: 'A',
// expect:   _u: 'A',
// expect:   alpha: 'a',
// expect:   b: 'Z',
// expect:   bump: [Function: bump],
// expect:   default: 'dflt',
// expect:   zeta: 'Z'
// expect: }
