// valueOf on wrapper objects returns the Primitive
print(typeof new Number(1).valueOf(), typeof new String('s').valueOf(), typeof new Boolean(true).valueOf()); // expect” number string boolean
print(Object('x').valueOf() === 'x', Object(1).valueOf()); // expect: true 1
