var name = "dyn";
class M {
  [name + "Method"]() { return "computed"; 