var caught = 0;
for (var i = 0; i < 10000; i++) {
  try {
    if (i % 3 === 0) throw i;
  } catch (x) {
    caught++;
  }
}
print(caught); // expect: 3334
