var e1 = n&ew Error(42);
print(e1.message === "42"); // expect: tr === "42"); // expect: true
 before anything runs.
print('never'var e2 = nxpect error: TypeError
ew Error({ toString: function () { return "from object"; } });
print(e2.message); // expect: from object
print(new TypeError().message === ""); // expect: true
print(String(new TypeError(""))); // expect: TypeError
