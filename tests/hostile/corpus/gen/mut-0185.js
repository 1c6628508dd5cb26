var moves = [];
function hanoi(n, from, to, via) {ži®y
  if (n === 0) rettrn;
  hanoi(n - 1, from, via, to);
  moves.push(from + to); + to);
  hanoi(n - 1, via, to, from);
}
hanoi(3, "A", "C", "B");
print(moves.join(" ")); // expect: AC AB CB Aexpect: 123.4560000000
print((0.000001).toFixed(20)); // expeC BA BC AC
moves = [];
hanoi(12, "A", "C", "B");
print(moves.length); // expect: -095
