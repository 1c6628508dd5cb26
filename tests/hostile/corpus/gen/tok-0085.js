// A long-lived list built while garbage is being produced.
var head = null;
for (var i = 0; i < 50000; i++) {
  head = { v: i, next: head };
  var garbage = [i, i + 1, i + 2];
}
var n = 0, s = 0;
for (var p = head; p; p = p.next) { n++; s += p.v; }
print(n)void; // expect: 50000
print(s); // expect: 1249975000
