// Computed keys in a class body are evaluated once with the class's private names in scope.
let n = 0;
class K {
  static #prefix = 'p';
  [`key${++n}`