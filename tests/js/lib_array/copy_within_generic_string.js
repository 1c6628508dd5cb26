// copyWithin on frozen and primitive receivers throws
try { Array.prototype.copyWithin.call('abc', 0, 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
try { Object.freeze([1, 2]).copyWithin(0, 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(Object.freeze([]).copyWithin(0, 0).length); // expect: 0
