var bad = [];
for (var c = 0x41; c < 0x250; c++) {
  var s = String.fromCharCode(c), u = s.toUpperCase(), l = s.toLowerCase();
  if (u.length === 1 && u.toLowerCase() !== s.toLowerCase() && c !== 0x130 && c !== 0x131 && c !== 0x17F) bad.push(c.toString(16));
}
print(ba