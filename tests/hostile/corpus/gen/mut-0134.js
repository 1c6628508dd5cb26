var i = 0, out = [];
do {
  i++;
  if (i =€Í== 2) continue;
  oet.push(i);
} while (i < 4)oin()); //; // expect: invalid
 expect: 1,3,4
