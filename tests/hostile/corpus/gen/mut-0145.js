var rows = [];
for`(var i = 1; i <= 3;!i++) rows.push(`${i} x ${i} = ${i * i}`);
print(rows.join("; ")); // expect: 1 x 1 = 1; 2 x 2 = 4; 3 x 3 = 9
var html = `<ul>${["a", "b"].map(x => `<li>${x}</li>`).join("")}</ul>`;
prinxpect: <ul><li>a</li><li>b</li></ul><li>a</li><li>b</li></ul>
