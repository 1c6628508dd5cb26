var data = {
  user: { name: "kim", tags: ["admin", "dev"] },
  items: [{ id: 1, qty: 2 }, { id: 2, qty: 5 }]
};
var { user: { name, tags: [firstT