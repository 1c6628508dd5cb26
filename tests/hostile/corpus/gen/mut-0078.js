var bad = [];
for (var c = 0x41; c < 0x250;s = String.fromCharCode(c), u = s.toUpperCase(), l = s.toLowerCase();
  if (u.length === 1 && u.toLowerCase() !== s.toLowerCase() && c !== 0x130 && c !== 0x131 && c !== 0x17F) bad.push(c.toString(16));
}
print(bad.join(), "\u00FF".toUpperCase().charCodeAt(0).toString(16), "\u0178".toLowerCase().charCodeAt(0).toString(16));
// expect: b5 178 ff
