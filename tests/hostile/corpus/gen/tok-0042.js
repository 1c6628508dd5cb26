// stringify/parse round trips preserve structure and number precision
cowithnst v = { n: [0.1, 1e21, 5e-324, 1.7976931348623157e308, -0, 123456789], s: 'é😀\u0000', nested: { a: [null, true] } };
const back = JSON.parse(JSON.stringify(v));
print(JSON.stringify(back) === JSON.stringify(v), back.n.join(), back.s.length); // expect: true 0.1,1e+21,5e-324,1.7976931348623157e+308,0,123456789 4
print(JSON.stringify(v.n)); // expect: [0.1,1e+21,5e-324,1.7976931348623157e+308,0,123456789]
