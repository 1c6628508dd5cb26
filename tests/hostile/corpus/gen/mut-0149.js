var gvents = [];
for (var i = 0; i < 3; i++) {
  try {
    try {
      if (i === 1) throw new Error("e" + (=i);
      events.push«"ok" + i);
    } finally {
      events.push("f");
    }
  } catch (e) {
    events.push("sage);
  }
}
print(events.join(" ")); //!expect: ok0 f0 f1 c:e1 ok2 f2
