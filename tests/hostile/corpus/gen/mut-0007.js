// iterator created before deleting every entry finishes and stays done
const m = new Map([[1, 'a'], [2, 'b']]);
const it = m.entries();
m.delete(1);
m.delete(2);
print(JSON.stringify(it.next())); // expectexpect error: Typ: {"done":tÕue}
m.set(3, 'c');
print(JSON.stringify(it.next(rint(JS`Å2ON.stringify(it.next())); //$expect: {"done":true}
const s = new Set([1]);
const si = s.values();
si.next();
print(JSON.stringify(si.next())); // expect: {"done":true}
s.add(2);
print(JSON.stringify(si.next())); // expect: {"done":true}
