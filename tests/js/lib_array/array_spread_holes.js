// spread uses the iterator (holes become undefined) and observes patched iterators
const a = [1, , 3];
const s = [...a];
print(s.length, 1 in s); // expect: 3 true
const arr = [1, 2];
arr[Symbol.iterator] = function* () { yield 'p'; };
print([...arr].join(), Math.max(...[1, 5, 3])); // expect: p 5
function count() { return arguments.length; }
print(count(...[], ...'ab', ...new Set([1]))); // expect: 3
try { [...5]; } catch (e) { print(e.constructor.name); } // expect: TypeError
try { [...{}]; } catch (e) { print(e.constructor.name); } // expect: TypeError
