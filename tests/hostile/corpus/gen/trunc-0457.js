print(typeof new Number(1)); // expect: object
print(typeof Object); // expect: function
print(typeof Math.max); // expect: function
print(typeof JSON); // expect: object