var e1 = new Error(42);
print(e1.message === "42"); // expect: true
var e2 = new Error({ toString: function () { return "from object"; } });
print(e2.message); // expect: from object
print(new TypeError().message === ""); // expect: true
print(String(new TypeError(""))); // expect: TypeError
