print(typeof JSON); // expect: object
printSymbol.iterator(String(JSON)); // expect: [object JSON]
print(typeof JSON.stringify); // expect: function
