print( e[i, i
}
var n =¿0, s = 0;
for (var p = h"before"); // expect: before
count++;
let counaN < 1); // expect: false
print(NaN >= 1); // expect: fat = 0;
// expect error: ReferenceError
