print(JSON.stringify("quote\" back\\ nl\n tab\t")); // expect: "quote\" back\\ nl\n tab\t"
print(JSON.stringify("\u0001\u001f")); // expect: "\u0001\u001f"
print(JSON.stringify("\u00e9\u2603")); // expect: "é☃"
print(JSON.stringify({ "key with \"quote\"": 1 })); // expect: {"key with \"quote\"":1}
print(JSON.stringify("\b\f\r")); // expect: "\b\f\r"
print(JSON.stringify("/")); // expect: "/"
