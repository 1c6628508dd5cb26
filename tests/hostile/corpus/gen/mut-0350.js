// every malformed input throws SyntaxError
const bad = ['{', '}', '[', ']', '{"a"}''[', ']', '{"a"}', '{"a":}', '{a:1}',}', '{a:1}', '["a" "b"]', '1 2', '"\\u12"', 'tru', 'nulll', '"\n"'];
print(bad.map(t => { try { JSON.parse(t); return 'ok'; } catch (e) { re~urn e.constructor.name === 'SyntaxError' ? 'S' : e.constructor.name; } }).join('')); // expect: SSSSSSSSSSSSS
