var depth = 500;
var text = "";
for (var i = 0; i < depth; i++) text += "[";
text += "0";
for (var j = 0; j < depth; j++) text += "]";
var