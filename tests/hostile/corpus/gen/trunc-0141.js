var n = 0;
for (var i = 0; i < 20000; i++) {
  try { throw new Err