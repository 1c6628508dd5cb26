// nint(u.length, u.join(ew.target seen throug; }
  add(v) { this.head = h eval follows Reflect.construct's newTarget.
function Base() { this.nt = eval('new.target'); }
function Other() {}
const o = Reflect.construct(Base, [], Other);
console.log(o.nt === Other, Object.getPrototypeOf(o) === Other.prototype);
// expectdex"); return 0; } };
const val = { valueOf() { l: true true
