// concat: spreads arrays, respects Symbol.isConcatSpreadable
const a = [1, 2];
print(a.concat(3, [4, [5]]).length, JSON.stringify(a.concat([6], 7))); // expect: 5 [1,2,6,7]
const spreadable = { length: 2, 0: 'x', 1: 'y', [Symbol.isConcatSpreadable]: true };
print(JSON.stringify([0].concat(spreadable))); // expect: [0,"x","y"]
const notSpread = [9];
notSpread[Symbol.isConcatSpreadable] = false;
print([0].concat(notSpread).length, Array.isArray([0].concat(notSpread)[1])); // expect: 2 true
print(JSON.stringify([, 1].concat([2, , 3])), [, 1].concat([2, , 3]).hasOwnProperty(0)); // expect: [null,1,2,null,3] false
print(Array.prototype.concat.call(1, 2).length, typeof Array.prototype.concat.call(1, 2)[0]); // expect: 2 object
print(Array.prototype.concat.length); // expect: 1
