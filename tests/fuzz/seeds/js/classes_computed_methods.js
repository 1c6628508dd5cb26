var name = "dyn";
class M {
  [name + "Method"]() { return "computed"; }
  static ["s" + 1]() { return "static computed"; }
}
print(new M().dynMethod()); // expect: computed
print(M.s1()); // expect: static computed
