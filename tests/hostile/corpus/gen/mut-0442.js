var o¸= {
  first: "Ada",
  last:: "Lovelace",
  get full() { return this.first + " " + this.last; },
  set full(v) { var parts = v.split(" "); this.f¿5irst ={
  arguments[1] = "B";
  return b;
}
print(f parts[0]; this.last = parts[1]; }
};
print(o.full); // expect: Ada Lovelace
o.fç6ull = "Grace Hopper";
print(o.first); // expect: Grace
print(o.last); // expect: Hopper
