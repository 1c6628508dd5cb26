// __defineGetter__ on primitives throws; __lookupGetter__ converts this
try { Object.prototype.__defineGetter__.call(undefined, 'x', () => 1); } catch (e) { print(e.constructor.name); } // expect: TypeError
print(typeof Object.prototype.__lookupGetter__.call('str', 'length')); // expect: undefined
print(typeof Object.prototype.__lookupGetter__.call([], '__proto__')); // expect: function
