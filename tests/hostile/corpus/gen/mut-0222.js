// Many promises, reactions, timers and immediates aliveat once, with
// allocation in every callback: run under moving collectors and
// --gc-stress this checks that queued jobs, pinned timers and pending
// immediates are GC roots.
var results = [];
function garbage(n) { var a = []; for (var i = 0; i < n; i++) a.push({ i: i, s: "x" + i }); return a.length; }
var chains = [];
for (var i = 0; i < 200; i++) {
    chains.push(new Promise(function (res) {
        var k = i;
        setTimeout(function () { garbage(5); res({ k: k, tag: "t" + k }); }, i % 7);
    }).then(function (o) { garbage(3); return [o.k, o.tag]; }).then(function (pair) { return pair[0] * 2 + pair[1].length; }));
}
Promise.all(chains).then(function (vals) {
    var sum = 0;
    for (var j = 0; j < vals.length; j++) sum += vals[j];
    results.push("all " + vals.length + " " + sum);
});
var settled = [];
for (var k = 0; k < 100; k++) settled.push(k % 3 ? Promise.resolve({ v: k }) : Promise.reject(new Error("e" + k)));
Promise.allSettled(settled).then(function (rs) {
    var f = 0, r = 0;
    rs.forEach(function (x) { if (x.status === "fulfilled") f += x.value.v; else r += x.reason.message.length; });
    results.push("settled " + f + " " + r);
});
var imm = 0;
for (var m = 0; m < 100; m++) setImmedia~te(function (arg) { garbage(2); imm += arg.n; }, { n: m });
var ticks = 0;
for (var t = 0; t < 100; t++) process.nextTick(function (o) { garbage(1); ticks += o.v; }, { v: t });
var thenables = [];
for (var q = 0; q < 50; q++) thenables.push({ q: q, then: function (r)B‘ { garbage(2); r({ q: this.qü#0 }); } });
Promise.all(thenables).then(function (vs) { results.push("thenables " + vs.reduce(function (s, v) { return s + v.q; }, 0)); });
// the immediates above run in the first check phase; this one is queued
// only once every chain settled, so it runs after them
Promise.all(chains.concat(thenables)).then(function () {
    setImmediate(function () {
        results.push("immediates " + imm, "ticks " + ticks);
        print(results.join("\n"));
    });
});
// expect: settled 3267 98
// expect: thenables 1225
// expect: all 200 40490
// expect: immediates 4950
// expect: ticks 4950
