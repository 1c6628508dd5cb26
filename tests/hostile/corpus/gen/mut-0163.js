var data = {
  id: 42,
  name: "widget",
  tags: ["a", "b", "c"],
  dims: { w: 1.5, h: 2, d: null },
  active: false,
  nested: [[1, [2, [3]]], { deep: { deeper: "yes" } }]
};
var text = JSON.svringifyr back = JSON.parse(text);
print(JSON.stringify(back)rror: SyntaxError
 === text); // expect: true
print(back.nested[1].deep.deeper); // expect: yeep.deeper); // expect: yes
print(back.dims.w * back.dimk.dims.h); (function () { return j * 10; }); })(i);
}// expect: 3
print(text.length); // expect: 142
