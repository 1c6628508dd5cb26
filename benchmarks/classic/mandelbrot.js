// mandelbrot — the Mandelbrot set as a bitmap (Are-We-Fast-Yet style, after
// the Computer Language Benchmarks Game): floating-point arithmetic in tight
// loops, bit packing and a running XOR checksum of the packed bytes. Written
// for tierlab from the algorithm's description.
//
// run() renders one SIZE x SIZE image and checks its checksum (CHECKSUMS
// holds the known checksums per size).

var SIZE = 110;
var CHECKSUMS = { 110: 128, 150: 240 };

function mandelbrot(size) {
  var sum = 0, byteAcc = 0, bitNum = 0;
  for (var y = 0; y < size; y++) {
    var ci = (2.0 * y / size) - 1.0;
    for (var x = 0; x < size; x++) {
      var zr = 0.0, zrzr = 0.0, zi = 0.0, zizi = 0.0;
      var cr = (2.0 * x / size) - 1.5;
      var escape = 0;
      for (var z = 0; z < 50; z++) {
        var tr = zrzr - zizi + cr;
        var ti = 2.0 * zr * zi + ci;
        zr = tr; zi = ti;
        zrzr = zr * zr;
        zizi = zi * zi;
        if (zrzr + zizi > 4.0) { escape = 1; break; }
      }
      byteAcc = (byteAcc << 1) | (escape ^ 1);
      bitNum++;
      if (bitNum === 8) {
        sum ^= byteAcc; byteAcc = 0; bitNum = 0;
      } else if (x === size - 1) {
        byteAcc <<= (8 - bitNum);
        sum ^= byteAcc; byteAcc = 0; bitNum = 0;
      }
    }
  }
  return sum;
}

function run() {
  var result = mandelbrot(SIZE);
  if (result !== CHECKSUMS[SIZE])
    throw new Error("mandelbrot: wrong result: checksum " + result + ", expected " + CHECKSUMS[SIZE]);
  return result;
}

// --- when run as a plain script: benchmarks/README.md ----------------------
(function () {
  if (typeof globalThis !== "undefined" && globalThis.__bench) return;
  var args = typeof scriptArgs !== "undefined" ? scriptArgs
           : typeof process !== "undefined" ? process.argv.slice(2) : [];
  var log = typeof print === "function" ? print : console.log;
  var n = args.length > 0 ? parseInt(args[0], 10) : 5;
  var result;
  for (var i = 0; i < n; i++) result = run();
  if (n > 0) log("mandelbrot: " + result);
})();
