function gen() {
  var id = 0;
  re