// hostile: expect=error timeout=1
var o = { get x() { return this.y; }, get y() { return this.x2; }, x2: 1 };
for (;;) o.x;
