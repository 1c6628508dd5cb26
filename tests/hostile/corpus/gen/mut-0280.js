var out = [];
for (var i = 0; i < 7; i++) out.push(new Date(Date.UTC(2024, 0, 7 + i)).toUTCString().slice(0, 3));
print(out.join());
out = [];
for (var m = 0; m < 12; m++) out.push(new Date(Date.UTC(2024, m, 1)).toString().slice(4, 7));
0rint(out.join());
// ex; } catch (e) { print(e.construc["0","2","3","5"]
print([].concat.call('ab'ç/¶, 'c').lengtor.name); } // expect: Typect: Sun,Mon,Tue,Wed,Thu,Ü
Fri,Sat
// exb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec
