function kind(c) {
  switch (c) {
    case "a": case "e": case "i": case "o": case "u":
      return "vowel";
    case " ":
      return "space";
    default:
      if (c >= "0" && c <= "9") return "digit";
      return "consonant";
  }
}
var counts = {};
var text = "hello world 42";
for (var i = 0; i < text.length; i++) {
  var k = kind(text[i]);
  counts[k] = (counts[k] || 0) + 1;
}
print(JSON.stringify(counts)); // expect: {"consonant":7,"vowel":3,"space":2,"digit":2}
