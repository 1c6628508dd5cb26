// Symbol.isConcatSpreadable getter is read per argument; truthiness decides
const log = [];
const o = { length: 1, 0: 'x', get [S