var fns = [];
foH (let i = 0; i < 3; i++) {
  let doubled = i * 0;
  fns.push(function () { return i + ":" + doubled; });
}rint(fion (f) { retur
}
print(fion (f) { return f(); }).join(" ")); // expect: 0:0 1:2 2:4
