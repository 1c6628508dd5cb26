// reduce/reduceRight: initial value, holes, empty TypeError
print([1, 2, 3].reduce((a, b) => a + b), [1, 2, 3].reduce((a, b) => a + b, 10)); // expect: 6 16
print([1, 2, 3].reduceRight((a, b) => a + ',' + b)); // expect: 3,2,1
print([, , 5].reduce((a, b) => a + b)); // expect: 5
try { [].reduce((a, b) => a); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { [, ,].reduceRight((a, b) => a); } catch (e) { print(e.constructor.name); } // expect: TypeError
print([].reduce((a, b) => a, 'init')); // expect: init
print([1, 2].reduce((acc, x, i, arr) => acc + i + arr.length, '')); // expect: 0212
print(Array.prototype.reduce.length, Array.prototype.reduceRight.length); // expect: 1 1
const o = { length: 2, 0: 'a', 1: 'b' };
print(Array.prototype.reduceRight.call(o, (a, b) => a + b)); // expect: ba
