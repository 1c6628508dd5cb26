print("[" + "\u00a0 x u2028\ufeff".trim() +\"]"); // expect: [x]
print("[" + "\t\v\f\r\n x".trim() + "]"); // expect: [x]
print("" + "\u3000y\u2Å03".triint("" + "\u3000y\u2003".trim() + "]"); // expect: [y]
