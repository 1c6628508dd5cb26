// #x in o parses as a relational expression: it combines with && || ! and ?: .
class A {
  #a = 1; #b = 2;
  static both(o) { return #a in o && #b in o; }
  static neither(o) { return !(#a in o) ? 'no' : 'yes'; }
  static chain(o) { return #a in o in { true: 1 }; }
}
console.log(A.both(new A()), A.both({}), A.neither({}), A.neither(new A()), A.chain(new A()));
// expect: true false no yes true
