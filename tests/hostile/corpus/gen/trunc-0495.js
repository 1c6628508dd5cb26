function Point(x, y) { this.x = x; this.y = y; }
var pts = [];
for (var i = 0; i < 100