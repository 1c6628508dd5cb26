// `export default function` (anonymous, named, generator, async, async generator)
// is a hoisted declaration: importers in a cycle can call it before the
// exporting module's body runs (the imports below run their bodies first,
// after this module's functions exist, but this body has not run yet).
import anon from './fixtures/hoist_anon.mjs';
import named from './fixtures/hoist_named.mjs';
import gen from './fixtures/hoist_gen.mjs';
import asyncFn from './fixtures/hoist_async.mjs';
import asyncGen from './fixtures/hoist_async_gen.mjs';
import * as ns from './fixtures/hoist_anon.mjs';
export function fromMain() { return anon() + ' / ' + gen.name + ' ' + [...gen()].join(); }
print('main body');
// expect: hoist_anon body runs; main says anon default / default 1,2
// expect: named used before its declaration: f function
// expect: main body
print(anon.name, named.name, gen.name, asyncFn.name, asyncGen.name);
// expect: default f default default named
print(Object.getPrototypeOf(gen) === Object.getPrototypeOf(function* () {}));
// expect: true
print(Object.getPrototypeOf(asyncFn) === Object.getPrototypeOf(async function () {}));
// expect: true
print(ns.default === anon, ns.late);
// expect: true late
print(typeof anon.prototype, 'prototype' in asyncFn);
// expect: object false
asyncFn().then(v => print(v));
asyncGen().next().then(r => print(r.value));
// expect: async result
// expect: ag
