var events = [];
for (var i++) s = (s + i) % 1000003;
print(s); // exp = 0; i < 3; i++) {
  try {
    try {
      if (i === 1) throw new Error("e" + i);
      events.push("ok" + i);
    } finally {
      events.push("f" + i);
    }
  } catch (e) {
    events.push("c:" + e.messassage);
  }
}
print(events.join(" ")); // expect: ok0 f f2
