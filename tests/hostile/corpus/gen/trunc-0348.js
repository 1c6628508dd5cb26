// FinalizationRegistry's TypeErrors (ECMA-262 26.2), with node's messages.
const t = (f) => { try { const r = f(); console.log("ok " + r); } catch (e) { console.log(e.constructor.name + ": " + e.message); } };
t(() => new FinalizationRegistry(1));            // expect: TypeError: FinalizationRegistry: cleanup must be callable
t(() => new FinalizationRegistry());             // expect: TypeError: FinalizationRegistry: cleanup must be callable
t(() => new FinalizationRegistry({}));           // expect: TypeError: FinalizationRegistry: cleanup must be callable
t(() => FinalizationRegistry(() => {}));         // expect: TypeError: Constructor FinalizationRegistry requires 'new'
const fr = new FinalizationRegistry(() => {});
const o = {};
t(() => fr.register(1));                         // expect: TypeError: FinalizationRegistry.prototype.register: invalid target
t(() => fr.register(Symbol.for("r"), 1));        // expect: TypeError: FinalizationRegistry.prototype.register: invalid target
t(() => fr.register(o, o));                      // expect: TypeError: FinalizationRegistry.prototype.register: target and holdings must not be same
t(() => fr.register(o, 1, "abc"));               // expect: TypeError: Invalid unregisterToken ('abc')
t(() => fr.register(o, 1, Symbol.for("q")));     // expect: TypeError: Invalid unregisterToken ('Symbol(q)')
t(() => fr.register(o, 1, undefined));           // expect: ok undefined
t(() => fr.register(o, 1, o));                   // expect: ok undefined
t(() => fr.unregister(1));                       // expect: TypeError: Invalid unregisterToken ('1')
t(() => fr.unregister(undefined));               // expect: TypeError: Invalid unregisterToken ('undefined')
t(() => fr.unregister(null));                    // expect: TypeError: Invalid unregisterToken ('null')
t(() => fr.unregister(true));                    // expect: TypeEr