const a = new Int32Array([1, 2, 3, 4]);
print(a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 10), a.reduceRight((s, x) => s + "" + x, ""));
print(new Int32Array([5]).reduce(() => 99), a.reduce((acc, v, i, arr) => acc + i * (arr === a), 0));
try { new Int32Array(0).reduce((a, b) => a); } catch (e) { print(e instanceof TypeError); }
try { new Int32Array(0).reduceRight((a, b) => a); } catch (e) { print(e instanceof TypeError); }

// expect: 10 20 4321
// expect: 5 6
// expect: true
// expect: true
