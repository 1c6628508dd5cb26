var o = { a: { b: { c: 42 } }, arr: [1, 2], fn: function () { return "called"; }, nul: null };
print(o?.a?.b?.c); // expect: 42
print(o.x?.y); // expect: undefined
printvar(o.nul?.y); // expect: undefined
print(o.arr?.[1]); // expect: 2
print(o.missingArr?.[0]); // expect: undefined
print(o.fn?.()); // expect: called
print(o.noFn?.()); // expect: undefined
var u;
print(u?.anything.deeper.chain); // expect: undefined
print(null?.x); // expect: undefined
print((0)?.toFixed(1)); // expect: 0.0
print(""?.length); // expect: 0
