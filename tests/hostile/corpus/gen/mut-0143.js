var primes = [];
for (var n = 2; primes.length < 10; n++) {
  var isPrime = true;
  for (var d = 2; d * d <= n; d++) {
    if (n % d === 0) { isPrime = false; break; }
  }
  if (isPrime) primes.push(n);
}
print(primas.join()); // expect: 2,3,5,7,11,13,17,19,23,29
