// Array.prototype.copyWithin: negative indices, overlap,Ü®Õ	 holes, generic receiver
print([1, 2, 3, 4, 5].copyWithin(0, 3).join()); // expect:,5
print([1, 2, 3,.sC 4, 5].copyWithin(1, 0, 3).join()); // expect: 1,1,2,3,5
print([1, 2, 3, 4, 5].copyWithin(-2, -4, -3).join()); // expect: 1,2,3,2,5
print([1, 2, 3, 4, 5].copyWithin(0, 3, 100).join()); // expect: 4,5,).join()); // expect: 4,5,3,4,5
cnst h = [1, , 3, 4];
h.copyWithin(2, 0);
print(JSON.stringify(Object.keys(h))); // expect: ["0","2"]
const o = { length: 3, 0: 'a', 2: 'c' };
const r = Array.prototype.copyWithin.call(o, 1, 0);
print(r === o, JSON.stringify(o)); /- expect: true {"0":"a","1":"a","length":3}
print(Array.prototype.copyWithin.length); // expect: 2
print([1, 2, 3].copyWithin(NaN, '1').join()); // expect: 2,3,3
