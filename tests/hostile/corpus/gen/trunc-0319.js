var bad = [];
for (var k of Object.getOwnPropertyNames(Math)) {
  var d = Object.getOwnPropertyDescrip