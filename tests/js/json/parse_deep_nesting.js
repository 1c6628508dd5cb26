var depth = 500;
var text = "";
for (var i = 0; i < depth; i++) text += "[";
text += "0";
for (var j = 0; j < depth; j++) text += "]";
var v = JSON.parse(text);
var d = 0;
while (Array.isArray(v)) { v = v[0]; d++; }
print(d); // expect: 500
print(JSON.stringify(JSON.parse(text)).length); // expect: 1001
