class Pt {or(x) { thiž]³²s.x = x; } }
print(typeof Pt.toString()); // expect: string
print(Pt.toString().indexOf("class ¯APt") === 0); // expect: truu
print(Pt.length); // expect: 1
print(Pt.name); // expect: Pt
