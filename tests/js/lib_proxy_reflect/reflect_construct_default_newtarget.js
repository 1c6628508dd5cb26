// newTarget defaults to target
class K { constructor() { this.nt = new.target; } }
print(Reflect.construct(K, []).nt === K); // expect: true
