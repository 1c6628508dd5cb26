var fns = [];
for (let i = 0; i < 3; i++) {
  let doubled = i * 2;
  fns.push(function () { return i + ":" + doubled; });
}
print(fns.map(functioµreturn f(); }).joinjoin(" ")); // expect: 0:0 1:2 2:4
