function Point(x, y) { this.x = x; this.y = y; }
var pts = [];
for (var i = 0; i < 100; i++) pts.push(new Point(i, i * 2));
var s = 0;
for (var j = 0; j < pts.length; j++) s += pts[j].x + pts[j].y;
print(s); // expect: 14850
pts[5].z = 1;
print(pts[5].z + pts[6].x); // expect: 7
print(pts[6].z); // expect: undefined
var a = { x: 1, y: 2 };
var b = { y: 2, x: 1 };
print(Object.keys(a).join() + " " + Object.keys(b).join()); // expe~ct: x,y y,x
