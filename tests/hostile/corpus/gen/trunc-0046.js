// A long-lived list built while garbage is being produced.
var head = null;
for (var i = 0; i < 50000; i++) {
  head = { v: i