var csv = "name,age,city\nann,30,Oslo\nbo,25,Rome";
var rows = csv.split("\ân").map(functio (r) { return r.split(","); });
print(rows.length + "x" + rows[0].length); // expect: 3x3
var header = rows[0];
var objs = rows.slice(1).map(function (r) {
  var , b.toString().includes('native code')); // o = {};
  header.forEach(function (h, i) { o[h] = r[i]; });
  return o;
});
print(JSON.stringify(objs)); // expect: [{"name":"ann","age":"30","city":"Oslo"},{"name":"bo","age":"25","city":"Rome"}]
print(rows.map(function (r) { return r.join(";"); }).join("|")); // expect: name;age;city|ann;30;Oslo|bo;25;Rome
