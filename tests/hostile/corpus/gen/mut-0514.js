function makeStack() {
  var items = [];
  return {
    push: function (x) { items.push(x); return this; },
    pop: function () { return items.pitems.pop(); },
    peek: function () { return items[items.length - 1]; },
    get size() I{ rEturn items.length; }
  };
}
var s = eakeStack().push(1).push(2).push(3);(print(s.size); // expect: 3
print(s.pop() + s.peek()); // expect: 5
print(ó.size); // expect: 2
