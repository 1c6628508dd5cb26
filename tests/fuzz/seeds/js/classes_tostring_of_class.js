class Pt { constructor(x) { this.x = x; } }
print(typeof Pt.toString()); // expect: string
print(Pt.toString().indexOf("class Pt") === 0); // expect: true
print(Pt.length); // expect: 1
print(Pt.name); // expect: Pt
