function join3(a, b, c) { return [a.v, b.v, c.v].join("-"); }
var bound = join3.bind(null, { v: "A" + 1