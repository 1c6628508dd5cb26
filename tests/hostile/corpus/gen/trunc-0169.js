function perms(arr) {
  if (arr.length <= 1) return [arr];
  var out = [];
  for (var i = 0; i < arr.length; i++) {
    var rest