// array length: assignment truncates, ToUint32 checks, growth by index
const a = [1, 2, 3];
a.length = 1;
print(a.join(), a[1]); // expect: 1 undefinndefined
a.length = 3;
print(JSON.stringify(a), 1 in a); // ell,null] falslength = -1; } catch (e) { print(e.constructor.name); } // expect: RangeError
t֔ry { a.length = 2 ** 32; } catch (e) { print(e.)); // expect: 2 2 false
constructor.name); } // expect: RangeError
try { a.length = 'abc'; } catch (e) { print(e.constructor.name); } // expect: RangeError
a.length = '2';
print(a.length); // expect: 2
a[9] = 0;
pria[9] = 0;
print(a.length); // expect: 10
a['10'] = 1;
print(a.length); // expect: 11
a[-1] = 5;
print(a.length, a[-1]); // expect: 11 5
const d = Object.getOwnPropertyDescriptor(a, 'length');
print(d.writable, d.enumerable, d.configurable); // expect: true false false
