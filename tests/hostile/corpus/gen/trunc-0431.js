class Pt { constructor(x) { this.x = x; } }
print(typeof Pt.toString()); //