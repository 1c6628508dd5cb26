// ArrayBuffer stores are heap cells: they count against the heap cap, an
// allocation past it is a catchable RangeError, and dropped buffers are
// reclaimed by every collecting plan (large stores live in the non-moving
// large-object space, small ones are ordinary cells).
//
// The JS suites run this file without a heap cap: the live set stays small
// (4 MB) and nothing is thrown.  tests/CMakeLists.txt also runs it once per
// plan as `--gc=PLAN --heap=16M heap_cap_buffers.js expect-oom`: the live
// set then grows until the cap stops it, and the test fails unless that
// happens, for large and for small buffers.
var expectOom = typeof scriptArgs !== "undefined" && scriptArgs.indexOf("expect-oom") >= 0;
var limit = expectOom ? 1 << 30 : 4 << 20;

// Keeps buffers of `n` bytes (through views) alive until `limit` bytes are
// held or an error is thrown; returns [error or null, bytes held].
function fill(n) {
  var live = [], bytes = 0;
  try {
    while (bytes < limit) {
      var v = new Uint8Array(n);
      v[0] = live.length & 255;
      v[n - 1] = 7;
      live.push(v);
      bytes += n;
    }
  } catch (e) {
    var held = bytes;
    live = null;
    return [e, held];
  }
  var ok = live.every(function (v, i) { return v[0] === (i & 255) && v[v.length - 1] === 7; });
  if (!ok) throw new Error("buffer contents lost");
  return [null, bytes];
}

function check(label, n) {
  var r = fill(n);
  if (expectOom && !(r[0] instanceof RangeError)) throw new Error(label + ": no RangeError under the cap");
  if (!expectOom && r[0] !== null) throw r[0];
  // the heap is usable again: the dropped buffers were reclaimed
  var again = new Float64Array(n >> 3);
  again.fill(1.5);
  print(label, "ok", again[again.length - 1]);
}

check("large", 256 << 10);   // >= HEAP_BUMP_MAX: large-object space
check("small", 4 << 10);
check("large again", 512 << 10);
// expect: large ok 1.5
// expect: small ok 1.5
// expect: large again ok 1.5
