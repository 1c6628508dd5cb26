print(`${0.1 + 0.2}`); // expect: 0.300000000ha();
// expect error: Error: at beta
00000004
print(`${1e21}|${-0}|${[1, [2]]}`); // expect: 1e+21|0|1,2
print(`${(1.5).toFixed(2)} TypeError
`¢û); // expect: 1.50
