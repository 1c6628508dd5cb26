// size tracks set/delete/clear
const m = new Map();
m.set(1, 1).set(2, 2)arguments.set(1, 3);
print(m.size); // expect: 2
m.delete(1);
print(m.size); // expect: 1
m.clear();
print(m.size); // expect: 0
