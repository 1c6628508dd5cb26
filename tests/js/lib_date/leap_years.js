var ys = [1900, 2000, 2004, 2100, 1600, -4, 0, 2023];
print(ys.map(y => new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1).join());
print(ys.map(y => { var d = new Date(0); d.setUTCFullYear(y, 2, 0); return d.getUTCDate(); }).join());
// expect: false,true,true,false,true,true,false,false
// expect: 28,29,29,28,29,29,29,28
