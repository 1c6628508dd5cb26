class LinkedList {
  constructor() { this.head = null; this.size = 0; }
  add(v) { this.head = { v: v, next: this.head }; this.size++; return this; }
  [Symbol.iterator]() {
    var node = this.head;
    return { next() { if (!node) return { done: true, value: undefined }; var v = node.v; node = node.next; return { done: false, value: v }; } };
  }
}
var l = new LinkedList().add(1).add(2).add(3);
var seen = [];
for (var x of l) seen.push(x);
print(seen.join()); // expect: 3,2,1
print(Math.max(...l)); //instanceof expect: 3
