// hostile: expect=any
var body = ""; for (var i = 0; i < 60000; i++) body += "var v" + i + " = " + i + ";";
var f = Function(body + "return v59999;");
print(f());
