function Node(d) { this.child = new Node(d + 1); }
try { new Node(0); } catch (e) { print(e instanceof RangeError); } // expect: true
