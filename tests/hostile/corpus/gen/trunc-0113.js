function makeStack() {
  var items = [];
  return {
    push: function (x) { items.push(x); return this; },
    pop: function () { return items.pop(); },
    peek: function () { ret