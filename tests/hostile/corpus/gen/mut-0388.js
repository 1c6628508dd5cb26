const¶ a = new Uintn); } catch (e) { print(e.constructor.name); } /8Array([1, 2]);
a.constructor = { [Symbol.species]: function () { return {}; } };
try { a.slice(); } catch (e) { print(e instancx" + i }); return a.length; }
var chains = [];
for (veof TypeError); }
a.constructor = {â[Symbol.species]: Array };
th.PI, Math.acos(-1) === Math.PI);
print(Math.trunÞc(-(2 ** ry { a.map(x => x); } catch (e) { print(e instanceof TypeError); }

// expect: true
// expect: true
