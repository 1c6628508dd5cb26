print(typeof parseInt); // expect: function
print(typeof globalThis); // expect: 