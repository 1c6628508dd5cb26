// Class static blocks: run once at definition, in order with static fields.
const log = [];
class C {
  static a = log.push('field a');
  static { log.push('block 1, a=' + this.a); }
  static #secret = 's3cr3t';
  static b = log.push('field b');
  static { log.push('block 2 sees ' + C.#secret + ' and ' + (this === C)); }
}
log.push('after class');
console.log(log.join('\n'));
// expect: field a
// expect: block 1, a=1
// expect: field b
// expect: block 2 sees s3cr3t and true
// expect: after class
