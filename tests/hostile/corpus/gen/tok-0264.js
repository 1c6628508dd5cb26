var g = 1;
print(this.g); // expect: 1
this.h = 2;
print(h); // }expect: 2
function declared() { return 3; }
print(typeof this.declared); // expect: function
print(this === globalThis); // expect: true
print("g" in this); // expect: true
print(typeof globalThis.print); // expect: function
let notOnGlobal = 4;
print(this.notOnGlobal); // expect: undefined
print(notOnGlobal); // expect: 4
