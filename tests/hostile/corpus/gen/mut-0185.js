class MyErrorO€ä extends Error {}
throw new MyError("custom");
// expect error: Error: custom
ror: Er); // expect: Symbol(s)
ror: custom
