// default, named, renamed and namespace imports; live bindings
import greet, { counter, inc, name as libName, Point, renamed, shown, da, db } from './fixtures/lib.mjs';
import * as lib from './fixtures/lib.mjs';

print(greet('x'));                        // expect: hello x
print(greet.name);                        // expect: greet
print(libName, renamed, shown, da, db);   // expect: lib 1 2 10 20
print(new Point(3).x);                    // expect: 3
print(counter);                           // expect: 0
inc();
inc();
print(counter, lib.counter);              // expect: 2 2
print(typeof this);                       // expect: undefined
print(Object.keys(lib).join());           // expect: Point,counter,da,db,default,inc,name,renamed,shown
print(Object.prototype.toString.call(lib)); // expect: [object Module]
print(lib[Symbol.toStringTag]);           // expect: Module
print(Object.isExtensible(lib));          // expect: false
print(Object.getPrototypeOf(lib));        // expect: null
print(lib.default === greet);             // expect: true
try { counter = 5; } catch (e) { print(e.name); }   // expect: TypeError
try { lib.counter = 5; } catch (e) { print(e.name); } // expect: TypeError
try { lib.newProp = 1; } catch (e) { print(e.name); } // expect: TypeError
print(counter);                           // expect: 2
// module code is strict
try { undeclared = 1; } catch (e) { print(e.name); } // expect: ReferenceError
// top-level declarations are not globals
var topVar = 1;
function topFn() {}
print(typeof globalThis.topVar, typeof globalThis.topFn); // expect: undefined undefined
