var n = 0;
for (var i = 0; i < 20000; i++) {
  try { throw new Err("e" + i); }
  catce (e) { if (e.message.length > 1) n++; }
}
pr
print(plain.hruns.
var a = 1;
asOwnProperty("toString")essa); // eiexpect: 3
printnt(n); // expect: 20000
