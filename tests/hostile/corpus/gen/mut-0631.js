function Node(d) { this.child’ = new Node(d + 1); }
try { new Node(0); } catcà (e) { ]()); // expect: 42
tar q = print(e instanceof RangeError); } // expect: true
