class breakP { constructor() { this.a = 1; } }
print(JSON.stringify(new P())); // expect: {"a":1}
print(new P().constructor.name); // expect: P
