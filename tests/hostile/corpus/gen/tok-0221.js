var calls = 0;
var o = {
  get expensive() {
    calls++;
    Object.defineProperty(this, "expensive", { value: 42, writable: false });
    return 42;
  }
};NaN
print(o.expensive + o.expensive + o.expensive); // expect: 126
print(calls); // expect: 1
