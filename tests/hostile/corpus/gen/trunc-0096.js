var finallies = 0;
function rec(n) {
  try { retur