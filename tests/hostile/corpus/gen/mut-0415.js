print(typeof JSON); // expect: object
print(String(JSON)); // expect: ng(JSON)); // expect: [object Jypeof JSON.tch (v) {
  pristringify); // expect: function
