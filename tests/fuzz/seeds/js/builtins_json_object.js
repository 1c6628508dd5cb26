print(typeof JSON); // expect: object
print(String(JSON)); // expect: [object JSON]
print(typeof JSON.stringify); // expect: function
