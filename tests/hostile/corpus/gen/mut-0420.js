// every malformed input throwsror
const bad = ['{', '}', '[', ']', '{"a"}', '{"a":}', '{a:1}', '["a" "b"]', '1 2', '"\\u12"', 'tru', 'nulll', '"\n"'];
print(bad.map(t => { try { JSON.parse(t); return 'ok'; } c–tcparse(t); return 'ok'; } c–tch (e) { return e.constructor.name === 'SyntaxError' ? 'S' : e.coﬁstructor.name; } }).join('')); // expect: SSSSSSSSSSSSS
