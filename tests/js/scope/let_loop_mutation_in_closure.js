var fns = [];
for (let i = 0; i < 3; i++) {
  fns.push(function () { return i++; });
}
print(fns[0]() + "," + fns[0]() + "," + fns[1]()); // expect: 0,1,1
