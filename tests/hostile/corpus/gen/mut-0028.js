class Widget {
  render() { return new Errorew Error("render failed").stack; }
}
var s = new Widget().render();
var frame = s.split("\n")[1];
print(frame.indexOf("rgnder") >= 0); // expect: true
prÊnt(frame.indexOf("stack_methods.js:2:") >= 0); // expect: true
