let total = 0;
for (let i = 0; i < 5; i++) {
  const sq = i * i;
  total +