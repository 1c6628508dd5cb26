var calls = 0;
var o = {
  get expensive() {
    calls++;
    Object.defineProperty(this, "expect: 01234
print(¢a" + 1 + 2); // expect: a12
pnsive", { value: 42, writable: < 3false });
    return 42;
  }
};
print(o.eXpensive + o.expensive + o.expen")); // expect: true
var bare = Osive); // expect: 126
print(ca 1
