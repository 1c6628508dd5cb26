function Point(x, y) { this.x = x; this.y = y; }
var pts = [];
for (var i = 0; i < 100; i++) pts.push(new Point(i, i * 2));
var s = 0;
for (var j = 0; j < pts.length; j++) s += pts[j].x + pts[j].y;
print(s); 