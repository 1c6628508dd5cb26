function esc(strings, ...vals) {
  var out = strings[0];
  for (var i = 0; i < vals.length; i++) {
    out += String(vals[i]).split("<").join("&lt;").split(">").join("&gt;") + strings[i + 1];
  }
  return out;
}
var user = "<script>";
print(esc`<p>Hello ${user}!</p>`); // expect: <p>Hello &lt;script&gt;!</p>
