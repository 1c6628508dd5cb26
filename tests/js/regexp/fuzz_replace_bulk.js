// replace copies slices of the subject in bulk (regexp.c add_units, which
// writes straight into the builder's buffer): 16-bit units must survive
// and Latin-1 subjects must stay exact.
var s = "ab\u0100c".repeat(300);
var r = s.replace(/c/g, "$`");
print(r.length); // expect: 181200
print(r.charCodeAt(2), r.charCodeAt(r.length - 1), r.slice(0, 6) === "ab\u0100ab\u0100"); // expect: 256 256 true
var t = "x\u00ffy".repeat(1000);
var u = t.replace(/y/g, "[$'|$&]");
print(u.length, u.charCodeAt(1), u.indexOf("|"), u.slice(-6)); // expect: 1504500 255 3000 xÿ[|y]
var named = "2024-11-26".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, "$<d>.$<m>.$<y> ($`|$'|$1$2$3)");
print(named); // expect: 26.11.2024 (||20241126)
print("aXbXc".replace(/X/g, "$`"), escape("\u2028a\u2028".replace(/a/, "$'$`$&"))); // expect: aabaXbc %u2028%u2028%u2028a%u2028
var w = "\u03b1\u03b2".repeat(5000) + "!";
print(w.replace(/!/, "$`").length, w.replace(/!/, "$`").charCodeAt(10001)); // expect: 20000 946
