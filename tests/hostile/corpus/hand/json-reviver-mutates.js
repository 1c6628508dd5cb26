// hostile: expect=any
var r = JSON.parse("[1,[2,[3,[4]]],{\"a\":{\"b\":1}}]", function (k, v) {
  if (Array.isArray(this)) { this.length = 0; this.push(this); }
  return v;
});
print(typeof r);
