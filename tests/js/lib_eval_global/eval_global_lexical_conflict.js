// eval var declarations may not shadow global let/const/class bindings
let globalLet = 1;
const globalConst = 2;
class GlobalClass {}
for (const name of ['globalLet', 'globalConst', 'GlobalClass']) {
  try { (0, eval)('var ' + name + ';'); print('no error'); } catch (e) { print(name, e.constructor.name); }
}
try { (0, eval)('function globalLet() {}'); } catch (e) { print('function', e.constructor.name); }
print(globalLet, typeof GlobalClass);
// expect: globalLet SyntaxError
// expect: globalConst SyntaxError
// expect: GlobalClass SyntaxError
// expect: function SyntaxError
// expect: 1 function
