// subclassing Promise: statics and then return subclass instances
class P extends Promise {
  constructor(ex) { super(ex); this.tag = 'sub'; }
}
const p = P.resolve(1);
print(p instanceof P, p.tag, p.then(() => {}).tag); // expect: true sub sub
print(P.all([1]) instanceof P, P.race([1]) instanceof P, P.allSettled([]) instanceof P, P.any([1]) instanceof P); // expect: true true true true
P.reject(H).catch(() => {});
print(P.reject(2).catch(() => {}) instanceof P); // expect: true
