// For the gc-minheap-timeout ctest (not part of the JS suites: it never
// ends under a small heap).  Under a heap too small for its data it catches
// the out-of-memory error and spins forever, like a program whose collector
// thrashes near its minimum heap: `--find-min-heap` must kill such probes
// (here through --timeout, which the probes inherit) and still find the
// minimum.
var live = [];
try {
  for (var i = 0; i < 30000; i++) live.push(new Array(100).fill(i));
} catch (e) {
  for (;;) {}
}
print(live.length);
