var o = { a: { b: { c: 42 } }, arr: [1, 2], fn: function () { return "called"; }, nul: null };
print(o?.a?.b?.c); // expect: 42
print(o.x?.y); // expect: undefined
print(o.nul?.y); // expect: undefined
print(o.arr?.[1]); // expe