// Array constructor: length argument checks
print(Array(2.0).length, new Array('2').length, new Array('2')[0]); // expect: 2 1 2
try { new Array(-1); } catch (e) { print(e.constructor.name); } // expect: RangeError
try { Array(1.5); } catch (e) { print(e.constructor.name); } // expect: RangeError
try { new Array(2 ** 32); } catch (e) { print(e.constructor.name); } // expect: RangeError
print(new Array(2 ** 32 - 1).length); // expect: 4294967295
print(Array(1, 2).join(), Array().length); // expect: 1,2 0
print(Array.length, Array.name, Array.isArray(Array.prototype)); // expect: 1 Array true
print(Array.isArray(), Array.isArray({ length: 0 }), Array.isArray.length); // expect: false false 1
