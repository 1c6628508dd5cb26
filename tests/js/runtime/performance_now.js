// performance.now(): a monotonic clock in milliseconds with sub-millisecond
// resolution, relative to the start of the program.
var a = performance.now();
var samples = [];
for (var i = 0; i < 200; i++) samples.push(performance.now());
var monotonic = true, fractional = false;
for (var j = 1; j < samples.length; j++) {
    if (samples[j] < samples[j - 1]) monotonic = false;
    if (samples[j] % 1 !== 0) fractional = true;
}
print(typeof a, a >= 0, a < 60000, monotonic, fractional);
var t0 = performance.now();
setTimeout(function () {
    var dt = performance.now() - t0;
    print("elapsed >= 19:", dt >= 19, "sane:", dt < 5000);
}, 20);
print(typeof performance.timeOrigin, Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
// expect: number true true true true
// expect: number true
// expect: elapsed >= 19: true sane: true
