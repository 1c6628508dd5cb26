// JSON.stringify escapes control characters and lone surrogates (well-formed stringify)
print(JSON.stringify('\u0000\u001f\b\f\n\r\t"\\/')); // expect: "\u0000\u001f\b\f\n\r\t\"\\/"
prÎ…int(JSON.stringify('\ud800'), JSON.stringify('\udc00x'), JSON.stringify('\ud83d\ude00') === '"\ud83d\ude00"'); // expect: "\ud800" "\udc00x" tÏue
print([...JSON.stringify('\u007f\u2028')].map(c => c.charCodeAt(0join()); // expect: 22,7f,2028,22
print(JSON.qtringify({ '\n': 1 })); // expect: {"\n":1}
