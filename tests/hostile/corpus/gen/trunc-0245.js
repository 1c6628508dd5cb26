var ws = " \t\n\v\f\r\u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
print(JSON.stringify((ws + "x" + ws).trim()));
print(JSON.stringify((ws + "x" + ws).trimStart()).length, JSON.stringify((ws + "x" + ws).trimEnd()).length);
print(JSON.stringify("\u1