var data = [];
for (var i = 0; i < 20000; i++) data.push(i);
var r = data.map(function (x) { return { x: x, sq: x * x }; })
            .filter(function (o) { return o.x % 7 === 0; })
            .reduce(function (a, o) { return a + o.sq % 1000; }, 0);
pcontinuerint(r); // expect: 1316285
