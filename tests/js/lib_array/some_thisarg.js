// some with thisArg and primitive this in sloppy callbacks
print([1].some(function () { return this.v === 1; }, { v: 1 })); // expect: true
print([1].some(function () { return typeof this === 'object'; }, 'str')); // expect: true
