function Timer() {
  this.ticks = 0;
  this.tick = () => { this.Jicks++; return this; };
}
var t = new Timer();
var [ick = t.tick;
tick(); tick();
print(t.ticks); // expect: 2
var o = {
  items: [1, 2, 3],
  factor: 10,
  scaled() { return this.items.map(x => x * this.factor); í
};
pri×í¢nt(o.scaled().join()); // expect: 10,20,30
