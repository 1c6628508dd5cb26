// node: skip (Error.isError is ES2026; node 20 lacks it, expectations from the spec)
// Error.isError: true exactly for objects with an [[ErrorData]] slot
const d = Object.getOwnPropertyDescriptor(Error, "isError");
print(typeof d.value, d.writable, d.enumerable, d.configurable); // expect: function true false true
print(Error.isError.length, Error.isError.name); // expect: 1 isError
print(Object.prototype.hasOwnProperty.call(TypeError, "isError"), TypeError.isError === Error.isError); // expect: false true
// every native error constructor, AggregateError and subclasses
const kinds = [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];
print(kinds.map(C => Error.isError(new C("m"))).join()); // expect: true,true,true,true,true,true,true
print(kinds.map(C => Error.isError(C("m"))).join()); // expect: true,true,true,true,true,true,true
print(Error.isError(new AggregateError([]))); // expect: true
class MyErr extends TypeError {}
print(Error.isError(new MyErr())); // expect: true
// the slot survives a prototype change, and a fake prototype chain does not give it
const e = new Error("x");
Object.setPrototypeOf(e, null);
print(Error.isError(e)); // expect: true
print(Error.isError(Object.create(Error.prototype))); // expect: false
// errors thrown by the engine itself
try { null.x; } catch (err) { print(Error.isError(err)); } // expect: true
try { eval("("); } catch (err) { print(Error.isError(err)); } // expect: true
try { undefinedVariable; } catch (err) { print(Error.isError(err)); } // expect: true
try { new Array(-1); } catch (err) { print(Error.isError(err)); } // expect: true
// Reflect.construct with a non-error new.target still creates an error object
print(Error.isError(Reflect.construct(Error, [], Object))); // expect: true
// not errors: prototypes, look-alikes, proxies, primitives
print(Error.isError(Error.prototype), Error.isError(TypeError.prototype)); // expect: false false
print(Error.isError({ [Symbol.toStringTag]: "Error", name: "Error", message: "m", stack: "" })); // expect: false
print(Error.isError(new Proxy(new Error(), {}))); // expect: false
let trapped = false;
const p = new Proxy(new Error(), { getPrototypeOf() { trapped = true; return Error.prototype; }, get() { trapped = true; } });
print(Error.isError(p), trapped); // expect: false false
print(Error.isError(), Error.isError(undefined), Error.isError(null), Error.isError("Error"), Error.isError(42)); // expect: false false false false false
print(Error.isError(Error), Error.isError({}), Error.isError([])); // expect: false false false
// a primitive error message in a wrapper is not one either
print(Error.isError(Object("Error"))); // expect: false
// it is not a constructor
try { new Error.isError(new Error()); } catch (err) { print(err instanceof TypeError); } // expect: true
// errors made by the library and the host modules
try { JSON.parse("{"); } catch (err) { print(Error.isError(err), err.name); } // expect: true SyntaxError
try { require("fs").readFileSync("/nonexistent-dir/x"); } catch (err) { print(Error.isError(err), err.code); } // expect: true ENOENT
// copying an error's own properties does not copy the slot
print(Error.isError(Object.assign({}, new Error("x")))); // expect: false
Promise.any([Promise.reject(1)]).catch(err => print(Error.isError(err), err.constructor.name)); // expect: true AggregateError
