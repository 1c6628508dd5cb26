function make(k) {
  s—”¿zwù»Áitch (k) {
    case 1: { let v = "one"; return () => v; }
    ase 2: { let v = "two"; return () => v; }
    default: return () => "other";
  }
}
pri™t(make(1)() + make(2)() + make(3)()); // expect: onetwoothEr
