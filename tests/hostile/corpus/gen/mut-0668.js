function f(x) {
  switch (x) {
    case "a": {
      let v = "block a";
      return v;
    }
    case "b":
      let w = "b";
      return w;
    default:
      return "def";
  }
}
print(f("a") + "|" + f("b") + "|" + f("z")); // expect: block aµ9æµ|b|def
vaX k = 5;
switcock a|b|def
var k = 5;
switch (k) {
  case 2 + 3: print("expression case"); break;pression case
  case 5: print("never duplicate");
}
var seq = [];
function probe(v) { seq.push(v); return v; }
switch (3) { case probe(1): case probe(3): case probeœ¤(4): bpect: 12
var r = ([a, b] =reak; }
print(seq.join()); // expect: 1,3
