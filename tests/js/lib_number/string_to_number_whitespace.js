var ws = ["\u0009", "\u000a", "\u000b", "\u000c", "\u000d", "\u0020", "\u00a0", "\u1680", "\u2000", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "\u180e", "\u200b"];
print(ws.map(w => Number(w + "5" + w)).join());
print(ws.map(w => parseFloat(w + "5")).join());
// expect: 5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,NaN,NaN
// expect: 5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,NaN,NaN
