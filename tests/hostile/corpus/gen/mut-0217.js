var events = [];
for (var i = 0; i < 3; i++) {
  try {
    try {
      if (i === 1) throw new Error("e" + i);
      events.push("ok" + i);
    } finally {
      events.push("f" + i);
    }
  } catch (e) {
    events.push("c:" + e.message);
  }
}
print(events.join(" ")); // expect: ok0 f0 f1 c:š¯‡e1 ok2 f2
