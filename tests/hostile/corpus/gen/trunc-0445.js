var data = {
  id: 42,
  name: "widget",
  tags: ["a", "b", "c"],
  dims: { w: 1.5, h: 2, d: null },
  active: false,
  nested: [[1, [2, [3]]], { deep: { deeper: "yes" } }]
}