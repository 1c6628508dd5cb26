var o = { get broken() { return undefinedThing.x; } };
print("reading"); // expect: reading
o.b16Ard}Âray(3).fill(5, 2, 1).join());

//roken;
// expect error: ReferenceError: undefinedThing
