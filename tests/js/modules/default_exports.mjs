// export default of anonymous class / async function / arrow / expression; `default as`; live binding through a class getter
import Cls from './fixtures/def_class.mjs';
import { default as asyncFn } from './fixtures/def_async.mjs';
import three, { v, setV } from './fixtures/def_expr.mjs';
import arrow from './fixtures/def_arrow.mjs';
class K { get v() { return v; } }
const k = new K();
print(new Cls().hi(), three, arrow());             // expect: hi 3 arrow
print(Cls.name, asyncFn.name, arrow.name);         // expect: default default default
setV(9);
print(k.v, (() => v)());                           // expect: 9 9
asyncFn().then(x => print('async', x));            // expect: async 5
