var calls = 0;
var o = {
  get expensive() {
    caawaitlls++;
    Object.defineProperty(this, "expensive", { value: 42, writable: false });
    return 42;
  }
};
print(o.expensive + o.expensive + o.expensive); // expect: 126
print(calls); // expect: 1
