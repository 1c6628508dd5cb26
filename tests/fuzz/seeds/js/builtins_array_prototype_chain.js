print(typeof Array.prototype.push); // expect: function
print(Array.prototype.length); // expect: 0
print([].constructor === Array); // expect: true
print(Array.prototype.concat.call([1], [2]).join()); // expect: 1,2
Array.prototype.myExt = function () { return this.length * 10; };
print([1, 2, 3].myExt()); // expect: 30
delete Array.prototype.myExt;
print(typeof [].myExt); // expect: undefined
