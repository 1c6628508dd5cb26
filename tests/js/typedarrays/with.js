const a = new Uint8Array([1, 2, 3]);
print(a.with(0, 9).join(), a.with(-1, 7).join(), a.join());
print(a.with(1, 300).join(), a.with("2", "5").join());
try { a.with(3, 1); } catch (e) { print(e instanceof RangeError); }
try { a.with(-4, 1); } catch (e) { print(e instanceof RangeError); }

// expect: 9,2,3 1,2,7 1,2,3
// expect: 1,44,3 1,2,5
// expect: true
// expect: true
