// Static blocks: own var scope, this = the class, super property access, access to private names.
var x = 'global x';
let getSecret;
class Base { static hello() { return 'hello from base'; } }
class C extends Base {
  static #s = 'private';
  static {
    var x = 'block x';
    let y = 'block y';
    getSecret = (o) => o.#s;
    this.fromBlock = [x, y, super.hello(), typeof new.target].join(', ');
  }
}
console.log(x, '|', C.fromBlock, '|', getSecret(C));
try { getSecret({}); } catch (e) { console.log(e.constructor.name); }
// expect: global x | block x, bloc