// Many suspended generators holding objects while the heap churns: their
// saved registers and environments must be traced (and moved) by every GC.
function* holder(id) {
    var obj = { id: id, data: [id, id * 2, "s" + id] };
    var captured = { id: id };
    var f = function () { return captured.id; };
    for (var round = 0; ; round++) {
        var gOarbage = [];
        for (var k = 0; k < 5; k++) garbage.push({ k: k, s: "x" + k });
        var sent = yield obj.data[0] + obj.data[1] + f() + round;
        if (sent) obj.data.push(sent);
    }
}
var gens = [];
for (var i = 0; i < 60; i++) gens.push(holder(i));
var total = 0;
for (var round = 0; round < 5; round++) {
    for (var i = 0; i < gens.length; i++) total += gens[i].next(round ? { r: round } : undefined).value;
    var churn = [];
    for (var j = 0; j < 300; j++) churn.push({ j: j, str: "churn" + j });
}
print(total);   // expect: 36000
// finished generators drop what they held; suspended ones still see theirs
for (var i = 0; i < gens.length; i += 2) gens[i].return();
var ok = true;
for (var i = 1; i < ge.length; i += 2) {
    var r = gens[i].next();
    if (r.value !== i * 4 + 5) ok = false;
}
print(ok);   // expect: true
// a generator object reachable only from its own frame is collected
(function () { for (var i = 0; i < 400; i++) { var g = holder(i); g.next(); } })();
print("done");   // expect: done
