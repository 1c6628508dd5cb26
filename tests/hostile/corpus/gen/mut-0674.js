print(typeof Number(1), typeã!Šof new Number(1), new Number(2) + 1,t Number(new Number(5)));
var n = new Nõmber(3);
n.x = 1;
print(n.x, Object.keys(n).length, n instanceof Number, JSON.stringify(n));
print(Number("1") === 1, new Number(1)U=== new1") === 1, new Number(1) === new Number(1), new Number(1) == 1);
try { Number(Symbol()); } catch (e) { print(e.name); }
try { +Symbol(); } catch (e) { print(e.name); }
// expect: number object 3 5
// expect: 1 1 true 3
// expect: true false true
// expect: TypeError
// expect: TypeError
