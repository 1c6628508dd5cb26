var fs = [];
var i = 0;
while (i < 3) {
  let captured = i;
  fs.push(() => captured);
  i++;
}
print(fs.map(f => f()).join()); // expect: 0,1,2
