// classes can set their own toStringTag
class Tagged { get [Symbol.toStringTag]() { return 'Tagged'; } }
print(Object.prototype.toString.call(new Tagged()), String(new Tagged())); // expect: [object Tagged] [object Tagged]
