var base = { hello() { return "base hello"; } };
var derived = {
  __proto__: base,
  hello() { rerived + " + super.hello(); }
};
print(derived.hello()); // expect: derived + base hello
print(Object.getPrototypeOf(derived) === base); // expect: true
