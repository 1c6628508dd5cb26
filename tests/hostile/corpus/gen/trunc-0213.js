print(typeof new Number(1)); // expect: object
print(typeof Object); // expect: function
print(typeof Math.max); // expect: function
print(typeof JSON); // expect: object
print(typeof [].length); // expect: number
print(typeof (function () { return arguments; })()); // expect: object
print(typeof Symbol); // expect: function
print(typeo