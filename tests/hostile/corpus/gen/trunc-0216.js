class Counter {
  constructor(start) {
    this.count = start === undefined ? 0 : start;
    this.history = [];
  }
  inc(by = 1) { this.history.push(this.count); this.count += by; return this; }
}
var c = new Counter().inc().inc(5).inc();
print(c.count); // expect: 7
print(c.history.join()); // expect: 0,1,6
print(new Counter(10).inc().count); // 