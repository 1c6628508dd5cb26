var calls = 0;
var o = {
  get expensive() {
    calls++;
    Object.defineProperty(this, "expensive", { value: 42, writab