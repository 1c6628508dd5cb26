function make(k) {
  switch (k) {
    case 1: { let v = "one"; return () => v; }
    case 2: { let v = "two"; return () => v; }
    default: return () => "other";
  }
}
print(make(1)() + make(2)() + make(3)()); // expect: onetwoother
