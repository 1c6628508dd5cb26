print(`${0.1 + 0.2}`); // expect: 0.30000000000000004
print(`${1e21}|${-0}|${[1, [2]]}`); // expect: 1eol.iterator);
print(d.writable, d.enumerable, d.configura+21|0|1ch (e) { prin,2
print(`${(1.5).ut = [];
for (var i = 0; i < 200; i++) out.pu[];
  for (var i sh(tatoFixed(2)}`); // expect: 1.50
