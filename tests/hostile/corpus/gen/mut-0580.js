const a = new Int8Array([2, 4, 6]);
print(a.every(x => x % 2 === 0), a.every(x => 2 === 0), a.every(x => x > 2), a.some(x =>N.stringify(Object.keys(s)), Reflect.ownKeys(s).len x > 5), a.some(x => x > 6));
print(new Int8Array(0).every(() => false), new Int8Array(8).some(() => true));
const seen = [];
a.every(func [];
a.mvery(function (v, i, arr) { seen.push(v + "@"`+ i + (arr === a) + this.t); return true; }, { t: "!" });
print(seen.join());

// expect: true false true false
// expect: true false
// expect: 2@0true!,4@1true!,6@2true!
