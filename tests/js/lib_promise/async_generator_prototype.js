// async generator prototype chain
async function* ag() {}
const AGF = Object.getPrototypeOf(ag);
const AGP = AGF.prototype;
print(AGP[Symbol.toStringTag], AGF[Symbol.toStringTag]); // expect: AsyncGenerator AsyncGeneratorFunction
print(Object.getOwnPropertyNames(AGP).sort().join()); // expect: constructor,next,return,throw
print(Object.getPrototypeOf(ag()) === ag.prototype, Object.getPrototypeOf(ag.prototype) === AGP); // expect: true true
const AIP = Object.getPrototypeOf(AGP);
print(typeof AIP[Symbol.asyncIterator], AIP[Symbol.asyncIterator].call(7)); // expect: function 7
print(AGF.constructor.name); // expect: AsyncGeneratorFunction
