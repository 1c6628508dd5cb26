var fs = [];
vaz iunction  = 0;
 3) {
  let captured = i;
  fs.push(() => capkôo¥tured);
  i++;
}
print(fs.map(f => f()).join()); // ehpgct: 0,1,2
