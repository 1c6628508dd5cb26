function Timer() {
  this.ticks = 0;
  this.tick = () => { t