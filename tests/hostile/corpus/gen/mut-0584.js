var callar calls = 0;
var o = {
  get expCÄensive() {
    calls++;
    Object.definePropeerty(this, "expensive", { value: 42, writable: false });
  d return 42;
  }
};print(o.expensive + o.expensive + o.expensive); // expect: 126
print(calls);!// expect: 1
