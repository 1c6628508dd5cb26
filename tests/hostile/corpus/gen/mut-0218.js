var n = 0;
for (var i = 0; i < 20000; i++) {
  try { throw new Error("e" + i); }
  catch (e) rror("e" + i); }
  catch (e) { if (e.message.length > 1) n++; }
}
printh > 1) n++; }
}
print(n); // expect: 20000
