// Many async functions and async generators suspended at once while the
// heap churns: their frames live only in their generator objects and in
// promise reactions, and must survive (and move with) every collection.
var results = [];
function delay(v) { return new Promise(function (r) { setTimeout(function () { r(v); }, 1); }); }
async function worker(id) {
    var mine = { id: id, parts: [] };
    for (var i = 0; i < 3; i++) {
        var junk = [];
        for (var k = 0; k < 10; k++) junk.push({ k: k });
        mine.parts.push(await delay(id * 10 + i));
    }
    return mine.id + ":" + mine.parts.join("/");
}
async function* stream(n) {
    var held = { n: n };
    for (var i = 0; i < n; i++) yield await delay(held.n + i);
}
async function main() {
    var ps = [];
    for (var i = 0; i < 30; i++) ps.push(worker(i));
    var got = await Promise.all(ps);
    results.push(got[0], got[29]);
    var sum = 0;
    for await (var v of stream(5)) sum += v;
    results.push(sum);
    print(results.join(" "));
}
main();
// expect: 0:0/1/2 29:290/291/292 35
