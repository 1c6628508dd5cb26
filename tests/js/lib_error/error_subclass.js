// subclassing Error: name from prototype, instanceof, stack present
class MyError extends Error {
  constructor(msg) { super(msg); this.name = 'MyError'; }
}
const e = new MyError('boom');
print(e instanceof MyError, e instanceof Error, e.name, e.message, String(e)); // expect: true true MyError boom MyError: boom
print(Object.prototype.toString.call(e), typeof e.stack); // expect: [object Error] string
class Other extends TypeError {}
const o = new Other('t');
print(o.name, o instanceof TypeError, o.constructor.name, String(o)); // expect: TypeError true Other TypeError: t
class WithCause extends Error { constructor() { super('w', { cause: 'c' }); } }
print(new WithCause().cause); // expect: c
