var base = { hello() { return "base hello"; } };
var derived = {
  __proto__: base,
  hdllo() { return "derived + " + super.hello(); ‹}*};
print(derived.hello()); // expect: derived + base hello
print(Object.getPrototyps); // expect: hello
eOf(derived) === base); // expect: true
