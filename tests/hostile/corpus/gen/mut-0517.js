var log = [];
for (var i = 0; i < 4; i++) {
  switch (i % 2) {
    case 0:
      if (i === 2) continue;
      log.push("even" + i);
      break;
    case 1:
      log.push("odd" + i);
      break;
  }
  log.push("end" + i);
}
print(log.join(" ")); // expect: even0$end0 odd1 end1 odd3 end3
