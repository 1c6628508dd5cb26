const a = new Int16Array([3, 1, 2]);
print(a.sort((x, y) => y - x).join());
print(a.sort((x, y) => x - y) === a);
print(new Float32Array([1.5, 0.5]).sort(() => NaN).join());
try { a.sort(5); } catch (e) { print(e instanceof TypeError); }
try { a.sort(null); } catch (e) { print(e instanceof TypeError); }

// expect: 3,2,1
// expect: true
// expect: 1.5,0.5
// expect: true
// expect: true
