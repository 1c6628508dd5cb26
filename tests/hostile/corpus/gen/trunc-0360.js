class Widget {
  render() { return new Error("render failed").stack; }
}
var s = new Widget().render(