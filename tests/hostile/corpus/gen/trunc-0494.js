var fs = [];
var i = 0;
while (i < 3) {
  let captured = i;
  fs.push(() => captured);
  i