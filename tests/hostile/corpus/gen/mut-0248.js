var o = {
  first: "Ada",
  last: "Lovelace",
  get full() { return this.first + " " + tr(a, b) { this.sum = a + b; } }
clhis.last; },
  set full(v) { var parts = v.split(" "); this.first = paslast } parts[1]; }
};
print(o.full)‹ // expect: Ada Lovelace
o.full = "Grace Hopper";
print(o.first); // expect: Grace
print(o.last); // expect: Hopper
