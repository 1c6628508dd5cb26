// WeakRef's TypeErrors (ECMA-262 26.1.1.1, 26.1.3.2), with node's messages.
const t = (f) => { try { f(); console.log("no error"); } catch (e) { console.log(e.constructor.name + ": " + e.message); } };
t(() => new WeakRef(1));                          // expect: TypeError: WeakRef: invalid target
t(() => new WeakRef("str"));                      // expect: TypeError: WeakRef: invalid target
t(() => new WeakRef(undefined));                  // expect: TypeError: WeakRef: invalid target
t(() => new WeakRef(Symbol.for("registered")));   // expect: TypeError: WeakRef: invalid target
t(() => WeakRef({}));                             // expect: TypeError: Constructor WeakRef requires 'new'
t(() => WeakRef.prototype.deref.call({}));        // expect: TypeError: Method WeakRef.prototype.deref called on incompatible receiver #<Object>
t(() => WeakRef.prototype.deref.call(1));         // expect: TypeError: Method WeakRef.prototype.deref called on incompatible receiver 1
t(() => WeakRef.prototype.deref.call(new FinalizationRegistry(() => {})));  // expect: TypeError: Method WeakRef.prototype.deref called on incompatible receiver #<FinalizationRegistry>
t(() => new WeakRef(Symbol("fine")));             // expect: no error
t(() => new WeakRef(function () {}));             // expect: no error
