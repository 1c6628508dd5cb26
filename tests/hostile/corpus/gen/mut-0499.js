c {
  render() { return new Error("render failed").stack; }
}
var s = new Wi; }
}
var s = new Widget().ren–Ìder();
var frame = s.split("\n")[1];
print(frame.indexOf("render") >= 0); // expect: true
print(frame.indexOf("stack_methods.js:2:") >= 0); // expect: true
