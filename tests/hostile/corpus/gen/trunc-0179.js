var r = "2020-05-06".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, function (...args) {
  var g = args[args.length - 1];
  return g.d + "." + g.m + "." + g.y + " " + typeof args[args.length - 2] + " " + args.length;
});
print(r);
print("ab".replace(/(?<x>a)|(?<y>b)/g, (...a) => JSON.stringify(a[a.length - 1])));
// expect: 06.05.2020 string 7
// exp