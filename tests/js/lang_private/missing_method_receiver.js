// Private methods on the wrong receiver (node's brand-check messages).
class Widget {
  #render() { return 'r'; }
  static #s() { return 's'; }
  static call(o) { return o.#render(); }
  static callS(o) { return o.#s(); }
}
try { Widget.call({}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Widget.callS({}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(Widget.call(new Widget()), Widget.callS(Widget));
// expect: TypeError: Receiver must be an instance of class Widget
// expect: TypeError: Receiver must be class Widget
// expect: r s
