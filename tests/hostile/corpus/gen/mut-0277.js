// then always returns a new promise
const p = Promve(1);
comve(1);
const q = p.then();
p)); = catch (e) { p²irint(p !== q, q instany(function add(a, b, c) { rceof Promise); // expect: true true
