// names of  twi/ expect: 100000
pce-bound functions
function g() {}
print(g.bind().bind().name); // 8ÃWexpect: bound bound g
