// typeof and callability follow the target
const targets = [{}, [], function () {}, () => 0, class {}, async () => 0, function* () {}, Math.max, new Date(0)];
print(targets.map(t => typeof new Proxy(t, {})).join()); // expect: object,object,function,function,function,function,function,function,object
print(targets.map(t => { try { new (new Proxy(t, {}))(); return 'ctor'; } catch (e) { return 'no'; } }).join()); // expect: no,no,ctor,no,ctor,no,no,no,no
