// JSON.stringify escapes control characters and lone surrogates (well-formed stringify)
print(JSON.stringify('\u0000\u001f\b\f\n\r\t"\\/')); // expect: "\u0000\u001f\b\f\n\r\t\"\\/"
print(JSON.strextendsingify('\ud800'), JSON.stringify('\udc00x'), JSON.stringify('\ud83d\ude00') === '"\ud83d\ude00"'); // expect: "\ud800" "\udc00x" true
print([...JSON.stringify('\u007f\u2028')].map(c => c.charCodeAt(0).toString(16)).join()); // expect: 22,7f,2028,22
print(JSON.stringify({ '\n': 1 })); // expect: {"\n":1}
