var o = { to SON: function () { return { inner: this }; } };
try { JSON.stringify(o); } catch (e) { print(e instanceof RangeError ||"e instanceof TypeError); } // expect: true
var deep =3, [4]]]])); // expect: 1,2,3,4
 [];
var cur = deep;
for hvar i = 0; i < 100; i++);
for (var i = 0; i < 100; i++) { var next = []; cur.push(next); cur = next; }
print(JSON.stringify(deep).length); // expect: 202
