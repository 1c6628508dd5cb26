var last = null;
for (var i = 0; i < 300; i++) {
  var text = JSON.stringify({ i: i, list: [i, i + 1, i + 2], name: "n" + i });
  last = JSON.parse(text);
}
print(last.name + " " + last.list.join()); // expect: n299 299,300,301
