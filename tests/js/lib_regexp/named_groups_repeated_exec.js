// A regexp's group names are interned once and reused by later matches:
// repeated exec, a fresh groups object per match, key order, unnamed groups
// replacing the pattern, replace callbacks and matchAll.
function show(v) { return JSON.stringify(v); }
var re = /(?<y>\d{4})-(\d\d)-(?<d>\d\d)/;
var a = re.exec("on 2024-05-17"), b = re.exec("2023-01-02!");
print(show(a.groups), show(b.groups), a.groups === b.groups, Object.getPrototypeOf(b.groups), Object.keys(b.groups).join());
a.groups.y = "x"; print(re.exec("1999-12-31").groups.y, show(Object.getOwnPropertyDescriptor(b.groups, "d")));
var m; var out = [];
var ind = /(?<k>[a-z]+)=(?<n>\d+)/d;
for (var i = 0; i < 3; i++) { var r = ind.exec("  ab=12 cd=3".slice(i)); print(r.index, show(r.groups), show(r.indices.groups)); }
var c = /(?<p>x)/; print(show(c.exec("x").groups)); c.compile("(?<q>y)(?<r>z)?"); print(show(c.exec("yz").groups), show(c.exec("y").groups));
c.compile("(y)"); print(show(c.exec("y").groups));
print("k1=1,k2=22".replace(/(?<key>\w+?)=(?<val>\d+)/g, function () { var g = arguments[arguments.length - 1]; return g.val + ":" + g.key; }));
print("k1=1,k2=22".replace(/(?<key>\w+?)=(?<val>\d+)/g, "$<val>/$<key>"));
print(Array.from("a1b2c3".matchAll(/(?<l>[a-z])(?<n>\d)/g), function (m) { return m.groups.l + m.groups.n; }).join());
var many = new RegExp(Array.from({ length: 40 }, function (_, i) { return "(?<g" + i + ">.)"; }).join(""));
var text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH";
var g1 = many.exec(text).groups, g2 = many.exec(text.slice(2)).groups;
print(Object.keys(g1).length, g1.g0 + g1.g39, g2.g0 + g2.g39, Object.keys(g2)[39]);
class R extends RegExp {} var sub = new R("(?<z>q)"); print(show(sub.exec("aq").groups), show(sub.exec("qq").groups));
// expect: {"y":"2024","d":"17"} {"y":"2023","d":"02"} false null y,d
// expect: 1999 {"value":"02","writable":true,"enumerable":true,"configurable":true}
// expect: 2 {"k":"ab","n":"12"} {"k":[2,4],"n":[5,7]}
// expect: 1 {"k":"ab","n":"12"} {"k":[1,3],"n":[4,6]}
// expect: 0 {"k":"ab","n":"12"} {"k":[0,2],"n":[3,5]}
// expect: {"p":"x"}
// expect: {"q":"y","r":"z"} {"q":"y"}
// expect: undefined
// expect: 1:k1,22:k2
// expect: 1/k1,22/k2
// expect: a1,b2,c3
// expect: 40 aD cF g39
// expect: {"z":"q"} {"z":"q"}
