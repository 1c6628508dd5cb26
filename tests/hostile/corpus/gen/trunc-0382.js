function makeStack() {
  var items = [];
  return {
    push: function (x) { items.push(x); return this; },
    pop: function () { return items.pop(); },
    peek: function () { return items[items.length - 1]; },
    get size() { return items.length; }
  };
}
var s = makeStack().push(1).push(2).push(3);
print(s.size); // expect: 3
print(s.pop() + s.peek()); // expe