// Map and Set iterators have distinct prototypes with their own next
const mi = Object.getPrototypeOf(new Map().keys());
const si = Object.getPrototypeOf(new Set().values());
print(mi !== si, mi.next !== si.next, mi.next.name, si.next.name, mi.next.length); // expect: true true next next 0
try { mi.next.call(new Set().values()); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { si.next.call(new Map().keys()); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { si.next.call([].values()); } catch (e) { print(e.constructor.name); } // expect: TypeError
