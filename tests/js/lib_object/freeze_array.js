// frozen arrays: push, length, index writes fail
'use strict';
const a = Object.freeze([1, 2, 3]);
try { a.push(4); } catch (e) { print('push', e.constructor.name); } // expect: push TypeError
try { a.length = 0; } catch (e) { print('len', e.constructor.name); } // expect: len TypeError
try { a[0] = 9; } catch (e) { print('idx', e.constructor.name); } // expect: idx TypeError
try { a.pop(); } catch (e) { print('pop', e.constructor.name); } // expect: pop TypeError
try { a.sort(); } catch (e) { print('sort', e.constructor.name); } // expect: sort TypeError
print(a.join(), a.length, Object.isFrozen(a)); // expect: 1,2,3 3 true
print(Object.getOwnPropertyDescriptor(a, 'length').writable); // expect: false
print(a.map(x => x * 2).join()); // expect: 2,4,6
