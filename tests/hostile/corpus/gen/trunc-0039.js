print(typeof JSON); // expect: object
print(String(JSON)); // expect: [obje