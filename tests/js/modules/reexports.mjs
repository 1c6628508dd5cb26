// export {x as y} from, export * from, export * as ns from, export {default} from; side-effect imports in order
import './fixtures/order_2.mjs';           // expect: order_1
import './fixtures/order_1.mjs';           // expect: order_2
import * as r from './fixtures/reexp.mjs';
import { count, inc, m1, libNs } from './fixtures/reexp.mjs';
import def from './fixtures/reexp.mjs';
print(Object.keys(r).join());              // expect: count,default,inc,libNs,m1,m2
print(count, m1, r.m2);                    // expect: 0 m1 m2
inc();
print(count, r.count, libNs.counter);      // expect: 1 1 1
print(def('re'));                          // expect: hello re
print(libNs[Symbol.toStringTag]);          // expect: Module
