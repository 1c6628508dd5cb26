// error instances: own keys are message (and cause), stack handled separately
const e = new RangeError('r', { cause: 1 });
const own = Object.getOwnPropertyNames(e).filter(k => k !== 'stack').sort();
print(own.join()); // expect: cause,message
print(Object.keys(e).length, JSON.stringify(e)); // expect: 0 {}
print(e.h