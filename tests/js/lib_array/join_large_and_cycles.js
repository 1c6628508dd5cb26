// join on nested cycles returns '' for the cycle, works repeatedly
const a = [1, 2];
const b = [a, 3];
a.push(b);
print(a.join('|'), b.join('|')); // expect: 1|2|,3 1,2,|3
print(String(a), String(a)); // expect: 1,2,,3 1,2,,3
const o = [];
o[0] = o;
o[1] = [o];
print(JSON.stringify(o.join())); // expect: ","
