// new.target inside direct eval code is that of the enclosing function.
function F() { return { nt: eval('new.target') }; }
console.log(new F().nt === F, F().nt === undefined);
function G() { return { arrow: (() => eval('new.target'))(), inner: eval('(() => new.target)()') }; }
const g = new G();
console.log(g.arrow === G, g.inner === G);
class C { constructor() { this.viaEval = eval('new.target') === C; } }
class D extend