// Reflect.apply boxes primitive this for sloppy functions
function t() { return typeof this; }
print(Reflect.apply(t, 1, []), Reflect.apply(t, undefined, [])); // expect: object object
