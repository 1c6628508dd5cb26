const a = new Int16Array([1, 2]);
a.constructor = undefined;
print(a.slice().constructor === Int16Array);
a.constructor = { [Symbol.species]: null };
print(a.map(x => x).constructor === Int16Array);
a.constructor = 5;
try { a.slice(); } catch (e) { print(e instanceof TypeError); }
a.constructor = { [Symbol.species]: 5 };
try { a.slice(); } catch (e) { print(e instanceof TypeError); }

// expect: true
// expect: true
// expect: true
// expect: true
