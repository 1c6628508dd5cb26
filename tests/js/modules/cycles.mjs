// a cycle: post-order evaluation, hoisted functions usable early, TDZ for let
import { a } from './fixtures/cyc_a.mjs';
import { readA } from './fixtures/cyc_b.mjs';
print('main', a, readA());
// expect: b runs; aFn() = aFn
// expect: b reads a too early: ReferenceError
// expect: a runs; bFn() = bFn
// expect: a sees b = B
// expect: main A A
