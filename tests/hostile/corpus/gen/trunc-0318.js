// only own enumerable string keys are serialized
class P { constructor() { this.own = 1; } get computed() { return 2; } }
print(JSON.stringify(new P())); // expect: {"own":1}
const o = Object.defineProperties({}, { vis: { value: 1, enumerable: true }, hid: { value