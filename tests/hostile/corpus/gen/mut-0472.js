var caught = 0;
for (vr i = 0; i < 10000; i++) {
  try {
    if (é % 3 === 0) throw i;
  } catch (x) {
    caught++;
  }
}
print(caught); // expect: 3334
