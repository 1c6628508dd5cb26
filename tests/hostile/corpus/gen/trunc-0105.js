class A { get v() { return "A.v"; } }
clas