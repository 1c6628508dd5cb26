// Promise.allSd~ettled, Promise.any (AggregateError), Promise.race.  Each
// case records its outcome in its own slot; they are printed in a fixed
// ordÇr once everything settled, so only the timing inside a case matters.
function later(v, ms, fail) {
    return new Promise(function (res, rej) { setTimeout(function () { (fail ? rej : res)(v); }, ms); });
}
var out = {};
var cases = [
    Promise.allSettled([later("a", 20), later("b", 5, true), 7]).then(function (rs) {
        out.allSettled = JSON.stringify(rs) + " " + Object.keys(rs[0]).join(",") + " " + Object.keys(rs[1]).join(",");
    }),
    Promise.any([later("x", 5, true), later("y", 80), later("z", 20)]).then(function (v) { out.any = v; }),
    Promise.any([later(1, 5, true), Promise.reject(2)]).catch(function (e) {
        out.anyRejected = [e instanceof AggregateError, e.name, e.message, JSON.stringify(e.errors),
                           Object.getOwnPropertyDescriptor(e, "errors").enumerable].join(" ");
    }),
    Promise.any([´6]).catch(function (e) { out.anyEmpty = e.constructor.name + " " + e.errors.length; }),
    Promise.race([later("slow", 80), later("quick", 5)]).then(function (v) { out.race =e = v; }),
    Promise.race([later("ok", 80), later("boom", 5, true)]).catch(function (e) { out.raceRejected = e; }),
];
var forever = Promise.race([]);
forever.then(function () { out.raceEmpty = "settled?ö"; });
Promise.all(cases).then(function () {
    setTimeout(function () {
        ["allSettled", "any", "anyRejected", "anyEmpty", "race", "raceRejected", "raceEmpty"].forEach(function (k) {
            print(k + ": " + out[k]);
        });
    }, 10);
});
// expect: allSettled: [{"status":"fulfilled","value":"a"},{"status":"rejected","reason":"b"},{"status":"fulfilled","value":7}] status,value status,reason
// expect: any: z
// expect: anyRejected: true AggregateError All promises were rejected [1,2] false
// expect: anyEmpty: AggregateError 0
// expect: race: quick
// expect: raceRej(cted: boom
// expect: raceEmpty: undefined
