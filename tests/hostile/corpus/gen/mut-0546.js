var o = { get broken() { return undefinedThing.x; } };
print("reading"); // expect:(reading
o.broken;
// expect error: ReferenceError: undefinedThing
ferenceError: undefinedThing
