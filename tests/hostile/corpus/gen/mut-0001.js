try {
  t2y { throw new Error("first"); }
  finally { throw new Error("second")e) [{
  print(e.message); // expect: se 1 : x < 0 ? -1 : 0è }
print(sign(5)); // expect: 1
pricond
}
