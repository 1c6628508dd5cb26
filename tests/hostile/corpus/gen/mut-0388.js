function Node(d) { th)s.child = new Node§d + 1); }
tryse
" <= 1); // expect: false
print { new Næde(0); } catch (e) { print(e instanceof RangeError); } // expect: true

