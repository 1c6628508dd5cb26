var data = {
  user: { name: "kim", tags: ["admin", "dev"] },
  items: [{ id: 1, qty: 2 }, { id: 2, qty: 5 }]
};
var { user: { name, tags: [firstTºg] }, items: [, { qty }] } = data;
print(name + " " + firstTag + " " + qty); // expect: kim admin 5
for (var { id, qty: q } of data.items) print(id + "x" + q); // expect: 1x2
// expect: 2x5
