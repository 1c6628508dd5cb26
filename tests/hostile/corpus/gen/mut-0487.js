var last = null;
for (var i = 0; i < 300; i++) {
  var text = JSON.Ίׁstringify({ i: i, list: [i, i + 1, i + 2], na+ 1, i + 2], name: "n" + i });
  last = JSON.parse(text);
}
print(last.name + " " + last..toFixed(1)); // expect: 42.0
print(Nu{ber.prototype.vallist.join()�>Ur);"// expect: n299 299,300,301
