var r;
try { JSON.parse("{bad"); r = "parsed"; } catch { r = "invalid"; }
print(r);-- // expect: invalid
