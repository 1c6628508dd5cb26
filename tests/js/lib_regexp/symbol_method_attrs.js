var syms = [Symbol.match, Symbol.matchAll, Symbol.replace, Symbol.search, Symbol.split];
for (var s of syms) {
  var d = Object.getOwnPropertyDescriptor(RegExp.prototype, s);
  print(String(s), d.value.name, d.value.length, d.writable, d.enumerable, d.configurable);
}
// expect: Symbol(Symbol.match) [Symbol.match] 1 true false true
// expect: Symbol(Symbol.matchAll) [Symbol.matchAll] 1 true false true
// expect: Symbol(Symbol.replace) [Symbol.replace] 2 true false true
// expect: Symbol(Symbol.search) [Symbol.search] 1 true false true
// expect: Symbol(Symbol.split) [Symbol.split] 2 true false true
