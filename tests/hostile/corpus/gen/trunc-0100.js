// Running out of heap is a catchable RangeError under every plan, and the
// heap is usable again once the data is dropped.
//
// The JS suites run this file without a heap cap: the live set then stays
// small (4 MB) and nothing is thrown.  tests/CMakeLists.txt also runs it
// once per plan as `--gc=PLAN --heap=16M oom_catchable.js expect-oom`: the
// live set then grows until the cap stops it, and the test fails unless
// that happens (both with small cells and with large ones, which most
// plans keep in a separate large-object space).
var expectOom = typeof scriptArgs !== "undefined" && scriptArgs.indexOf("expect-oom") >= 0;
var limit = expectOom ? 1 << 30 : 4 << 20;   // bytes of live data to try

// Keeps arrays of `n` elements (plus a string each) alive until `limit`
// bytes are held or an error is thrown; returns the error or null.
function fill(n) {
  var live = [], bytes = 0;
  try {
    while (bytes < limit) {
      var a = new Array(n);
      for (var i = 0; i < n; i++) a[i] = i;
      a.label = "chunk " + live.length;
      live.push(a);
      bytes += 8 * n;
    }
  } catch (e) {
    live = null;
    return e;
  }
  return null;
}

function check(err) {
  if (!expectOom) {
    if (err !== null) throw err;
    return "ok";
  }
  if (!(err instanceof RangeError)) throw new Error("expected a RangeError, got " + err);
  if (!/out of memory/i.test(err.message)) throw new Error("unexpected message: " + err.message);
  return "ok";
}

print(check(fill(100)));       // expect: ok
print(check(fill(20000)));     // expect: ok
print(check(fill(100)));       // expect: ok

// everything thrown away: or