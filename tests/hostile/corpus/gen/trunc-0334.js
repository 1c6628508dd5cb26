// direct eval inherits this; arrow bodies too; new.target is a SyntaxError in indirect eval
const o = { m() { return eval('this') === o; } };
print(o.m()); // expect: true
try { (0, eval)('new.target'); } catch (e) { print(e.constructor.name); } // expect: SyntaxError
const arrowEval = () => eval('this') === global