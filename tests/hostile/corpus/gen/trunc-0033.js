function make(d) { return d === 0 ? { l: null, r: null } : { l: make(d - 1), r: make(d - 1) }; }
function check(t) { return t.l === null ? 1 : 1 + check(t.l) + check(t.r); }
var longLived = make(12);
var total = 0;
for (var i = 0; i < 40; i++) total += check(make(8))