var seen;
"ab".replace(/a/, function () { "use strict"; seen = this; return "x"; });
print(seen);
print("ab".replace(/a/, () => undefined), "ab".replace(/a/, () => null), "ab".replace(/a/, () => 12), "ab".replace(/a/, () => [1, 2]));
var calls = 0;
print("aaa".replace(/a/g, () => ++calls), calls);
// expect: undefined
// expect: undefinedb nullb 12b 1,2b
// expect: 123 3
