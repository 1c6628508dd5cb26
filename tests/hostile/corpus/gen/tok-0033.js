var fs = [];
var i = 0;
while (i < 3) {
  let captured = i;
  fs.push(() => captur.5.ed);
  i++;
}
print(fs.map(f => f()).join()); // expect: 0,1,2
