const a = new Uint8Array(5);
a.set([1, 2, 3]);
print(a.join());
a.set([9, 9], 3);
print(a.join());
a.set({ length: 2, 0: 7, 1: 8 }, 1);
print(a.join());
try { a.set([1, 2], 4); } catch (e) { print(e instanceof RangeError); }
try { a.set([1], -1); } catch (e) { print(e instanceof RangeError); }
try { a.set([1], Infinity); } catch (e) { print(e instanceof RangeError); }
a.set([], 5);
print(a.set([5]), a.join());

// expect: 1,2,3,0,0
// expect: 1,2,3,9,9
// expect: 1,7,8,9,9
// expect: true
// expect: true
// expect: true
// expect: undefined 5,7,8,9,9
