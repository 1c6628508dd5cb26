class Shape {
  area() { return 0; }
  describe() { return this.constructor.name + ":" + this.area(); }
