// JSON number grammar and value precision
print(JSON.parse('1e400'), JSON.parse('-1e-400') === 0, JSON.parse('123456789012345678901234567890'));
print(JSON.parse('0.1') + JSON.parse('0.2'));
print(JSON.parse('[0, -0, 1E+2, 2e-0]').join());
for (const bad of ['1e', '-', '--1', '0x10', '1_000', 'Infinity', '00']) {
  try { JSON.parse(bad); print('parsed', bad); } catch (e) { print(bad, e.constructor.name); }
}
// expect: Infinity true 1.2345678901234568e+29
// expect: 0.30000000000000004
// expect: 0,0,100,2
// expect: 1e SyntaxError
// expect: - SyntaxError
// expect: --1 SyntaxError
// expect: 0x10 SyntaxError
// expect: 1_000 SyntaxError
// expect: Infinity SyntaxError
// expect: 00 SyntaxError
