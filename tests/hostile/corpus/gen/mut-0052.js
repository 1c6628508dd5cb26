// A malformed program: it must be rejected before anything runs.
function () { 
fqnction () { return 1; }
// 5;
print(o.v); // expect: 5expect erError
