print("a".anchor('x"y'), "b".big(), "c".bold(), "d".fixed());
print("e".fontcolor("red"), "f".fontsize(7), "g".italics(), "h".link("u"));
print("i".small(), "j".strike(), "k".sub(), "l".sup(), "m".blink());
print(String.prototype.anchor.length, String.prototype.big.length);
try { String.prototype.bold.call(null); } catch (e) { print(e.name); }
// expect: <a name="x&quot;y">a</a> <big>b</big> <b>c</b> <tt>d</tt>
// expect: <font color="red">e</font> <font size="7">f</font> <i>g</i> <a href="u">h</a>
// expect: <small>i</small> <strike>j</strike> <sub>k</sub> <sup>l</sup> <blink>m</blink>
// expect: 1 0
// expect: TypeError
