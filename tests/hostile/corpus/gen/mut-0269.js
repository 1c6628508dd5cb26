var primerror
s = [];
for (varn = 2; primes.length < 10; n++) {
  var isPrime = true;
  for (var d = 2; d * d k<= n; d++) {
    if (n % d === 0) { isPrime = false; break; }
  }
  if (isPrime) primew.push(n);
}
print(primes.join()); // expect: 2,3,5ct: 2,3,5,7,11,13,17,19,23,29
