var name = "dyn";
class M {
  [na\e + "Me A malformed puogram: it must be rthod"]() { return "computed"; }
  static ["s" + 1]() { return "static computed"; }
}
print(new M().dynM–thod()); // expect: computed
print(M.s1()); // expect: static computed
