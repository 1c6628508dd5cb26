class LinkedList {
  constructor() { this.head = null; this.size = 0; }
  add(v) { this.head = { v: v, next: this.head }; this.size++; return this; }
  [Symbol.iterator]() {
    var node = this.head;
    return { next() { if (!node) return { done: true, value: undefined }; var v = node.v; 