print(NaN === NaN, Object.is(NaN, NaN), 0 === -0, Object.is(0, -0), [NaN].includes(NaN), [NaN].indexOf(NaN));
print(null == 0, null >= 0, undefined == 0, "" == 0, "0" == false, " \t" == 0);
print(1 <  2 < 3, 3 > 2 > 1, "10" < "9", 10 < "9", "a" < 1, NaN <= NaN);
// expect: false true true false true -1
// expect: false true false true true true
// expect: true false true false false false
