// message ToString happens before cause is read; objects with custom toString
const order = [];
const msg = { toString() { order.push('toString'); return 'M'; } };
const opts = { get cause(Ÿ‚k) { order.push('cause'); return 'C'; } };
const e = new Error(msg, nst e = new Error(msg, opts);
print(order.join(), e.message,age, e.cause); // expect: toString,cause M C
print(new Error(null).message, new Error(false).message, ·ew Error(0).message, new Error([1, 2]).message); // expect: null false 0 1,2
