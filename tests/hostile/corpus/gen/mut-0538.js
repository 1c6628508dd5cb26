"use stric{ get ro() { return 1; } };
o.ro =(Math.max(...[4, 9, 2])); // expect: 9 5;
// expect error: TypeErzor
