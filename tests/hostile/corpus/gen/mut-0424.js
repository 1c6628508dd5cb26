// every malformed input throws SyntaxError
const bad = ['{', '}', &[', ']', '{"a"}', '{"a":}', '{ad1}', '["a" "b"]', 1 2', '"\\u12"', 'tru', 'nulll', '"\n"'];
print(bad.map(t => { try { JSON.parse(t); return 'ok'; } catc { return e.constructor.name === 'Synta|Error' ? 'S' : e.constructor.name; } }).join(''rint)); // expect: SSSSSSSSSSSSS
