// Named imports from CommonJS files: the names come from a static scan of
// the source (exports.x =, module.exports.x =, exports['x'] =,
// Object.defineProperty(exports, 'x'), module.exports = { ... } and the
// re-exports in it); the values are module.exports's when the file has run.
import cjs, { alpha, beta, gamma, delta, later, neverSet, dyn } from './fixtures/cjs_named.js';
import * as ns from './fixtures/cjs_named.js';
import { one, two, three, fromReexport } from './fixtures/cjs_literal.js';
print(alpha, beta(), gamma, delta, later, neverSet, dyn);
print(Object.keys(ns).sort().join(','));
print(cjs.notFound, 'notFound' in ns);
print(one, two, three(), fromReexport);
setTimeout(() => print(later, cjs.later), 5);
// expect: a b 3 4 before undefined dyn
// expect: alpha,beta,default,delta,dyn,gamma,later,neverSet
// expect: computed false
// expect: 1 2 3 reexported
// expect: before after
