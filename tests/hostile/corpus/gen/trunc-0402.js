var name = "dyn";
class M {
  [name + "Method"]() { return "computed"; }
  static ["s" + 1]() { return "static computed"; }
}
print(new M(