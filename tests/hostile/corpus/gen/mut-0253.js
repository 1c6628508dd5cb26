var o = { toJSON: function () { return { inner: this }; } };
try { JSON.stringify(o); } catch (e) { print(e instanceof RangeError || e instanceof TypeError); } // expect: true
var deep = [];
var cur = deep;
for (var i = 0; i < 100; i++) { var next = []; cur.push(next); cur = next; }
print(JSON.stringify(deep).length); // expect