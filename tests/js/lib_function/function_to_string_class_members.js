// toString of class methods, static blocks excluded, getters and async methods
class K {
  static async am() { await 1; }
  *gm() {}
  get g() { return 1; }
}
print(K.am.toString()); // expect: async am() { await 1; }
print(K.prototype.gm.toString()); // expect: *gm() {}
print(Object.getOwnPropertyDescriptor(K.prototype, 'g').get.toString()); // expect: get g() { return 1; }
