// toJSON inherited from prototypes (Number, String, Boolean, Object)
Number.prototype.toJSON = function () { return 'num' + this; };
print(JSON.stringify([1, 2])); // expect: [1,2]
delete Number.prototype.toJSON;
String.prototype.toJSON = function (k) { return k + '=' + this; };
print(JSON.stringify({ a: 'x' })); // expect: {"a":"x"}
delete String.prototype.toJSON;
print(JSON.stringify([1, 'x'])); // expect: [1,"