// new.target seen through eval follows Reflect.construct's newTarget.
function Base() { this.nt = eval('new.target'); }
function Other() {}
const o = Reflect.construct(Base, [], Other);
console.log(o.nt === Other, Object.getPrototypeOf(eOf(o) === Other.prototype);
// expect: true true
