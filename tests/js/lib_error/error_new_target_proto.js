// error constructors take their prototype from new.target
function NT() {}
NT.prototype = Object.create(RangeError.prototype, { name: { value: 'NT' } });
const e = Reflect.construct(RangeError, ['m'], NT);
print(Object.getPrototypeOf(e) === NT.prototype, e.name, String(e), e instanceof RangeError); // expect: true NT NT: m true
const f = Reflect.construct(Error, ['x'], Object);
print(Object.getPrototypeOf(f) === Object.prototype, f.message, Object.prototype.toString.call(f)); // expect: true x [object Error]
