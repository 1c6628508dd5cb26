var out = [];
for (var i = 0; i < 4; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    out.push("body" + i);
  } finally {
    out.push("fin" + i);
  }
}
print(out.join()); // expect: body0,fin0,fin1,body2,fin2,fin3
function labelled() {
  var r = [];
  outer: for (var a = 0; a < 2; a++) {
    for (var b = 0; b < 2; b++) {
      try { if (b === 1) continue outer; r.push(a + "" + b); }
      finally { r.push("f"); }
    }
  }
  return r.join("");
}
print(labelled()); // expect: 00ff10ff
