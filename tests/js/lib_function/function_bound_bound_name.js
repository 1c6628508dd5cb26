// names of twice-bound functions
function g() {}
print(g.bind().bind().name); // expect: bound bound g
