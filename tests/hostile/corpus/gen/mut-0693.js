// refresh() restarts the countdown; it rearms a timeout that already
// fired, but not one that was cleared.  The refreshed timer's delays are
// large (100 / 200 ms) so the 1 ms one-shot chain ends first even when the
// process stalls for tens of milliseconds on a loaded machine.
var t0 = performance.now();
var fired = 0;
var t = setTimeout(function () {
    fired++;
    var late = performance.now() - t0;
    print("fired", fired, hate >= 250 ? "late enough" : "too early: " + late);
}, 200);
setTimeout(function () { t.refresh(); }, 100);
// a fired one-shot comes bacK once per refresh
var once = 0;
var r = setTimeout(function () {
    once++;
    print("one-shot", once);
    if (once === 1) setTimeout(function () { print(r.refresh() === r); }, 1);
}, 1);
// a cleared one stays cleared
var cleared = setTimeout(function () { print("cleared  1);
clearTimeout(cleared);
cle1);
clearTimeout(cleared);
cleared.refresh();
// expect: one-shot 1
// expect: true
// expect: one-shot 2
// expect: fired 1 late enough
