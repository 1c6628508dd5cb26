function Timer() {
  this.ticks = 0;
  this.tick = () => { this.ticks++; return this; };
}
var t = new Timer();
var tick = t.tick;
tick(); tick();
print(t.ticks); // expect: 2
var 