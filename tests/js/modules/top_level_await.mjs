// top-level await: importers wait for the awaiting module; await import(); for await; a rejection
import { late } from './fixtures/tla_dep.mjs';
print('main sees', late);
const ns = await import('./fixtures/tla_dep.mjs');
print(ns.late === late);
for await (const x of [Promise.resolve('fa')]) print(x);
try { await import('./fixtures/tla_throws.mjs'); } catch (e) { print('caught', e.message); }
try { await import('./fixtures/tla_throws.mjs'); } catch (e) { print('again', e.message); }
// expect: tla_dep start
// expect: tla_dep end
// expect: main sees late value
// expect: true
// expect: fa
// expect: caught async boom
// expect: again async boom
