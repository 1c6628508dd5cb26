console.log(new ArrayBuffer(3));
console.log(new ArrayBuffer(60));
console.log(new DataView(new ArrayBuffer(2), 1));
console.log([new ArrayBuffer(1)], new ArrayBuffer(0));
console.log(new Uint8Array([1, 2, 255]).buffer);
console.log(new ArrayBuffer(130));
console.log({ x: { y: { z: new ArrayBuffer(1) } } });

// expect: ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 }
// expect: ArrayBuffer {
// expect:   [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00>,
// expect:   byteLength: 60
// expect: }
// expect: DataView {
// expect:   byteLength: 1,
// expect:   byteOffset: 1,
// expect:   buffer: ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }
// expect: }
// expect: [ ArrayBuffer { [Uint8Contents]: <00>, byteLength: 1 } ] ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }
// expect: ArrayBuffer { [Uint8Contents]: <01 02 ff>, byteLength: 3 }
// expect: ArrayBuffer {
// expect:   [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 30 more bytes>,
// expect:   byteLength: 130
// expect: }
// expect: { x: { y: { z: [ArrayBuffer] } } }
