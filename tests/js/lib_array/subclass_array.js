// subclassing Array: length semantics, methods, instanceof
class Stack extends Array {
  peek() { return this[this.length - 1]; }
}
const s = new Stack();
s.push(1, 2, 3);
print(s.length, s.peek(), s instanceof Array, Array.isArray(s)); // expect: 3 3 true true
s.length = 1;
print(s.join(), s.peek()); // expect: 1 1
const m = s.map(x => x + 1);
print(m instanceof Stack, m.peek()); // expect: true 2
print(Stack.from('ab').peek(), Stack.of(7).peek()); // expect: b 7
print(JSON.stringify(new Stack(3)), new Stack(3).length); // expect: [null,null,null] 3
