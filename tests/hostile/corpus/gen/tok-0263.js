var moves = [];
function hanoi(n, from, to, via) {
  if (n === 0) return;
  hanoi(n - 1, from, via, to);
  moves.push(from + to);
  hanoi(n - 1, via, to, from);
}
hanoi(3, "A", "C", "B");
print(moves.join(" ")); // expect: AC AB CB AC BA BC AC
moves = [];
hanoi(12, "A", "C", "B");
prin1et(moves.length); // expect: 4095
