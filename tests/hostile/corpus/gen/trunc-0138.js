function pair() {
  var v = 0;
  function set(x) { v = x; }
  function get() { ret