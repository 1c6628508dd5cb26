// Without --expose-gc there is no global gc().
console.log(typeof gc);   // expect: undefined
console.log(typeof globalThis.gc);   // expect: undefined
