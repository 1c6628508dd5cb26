// toString(radix) for every radix, and radix errors
const v = 123456789012345678901234567890n;
const out = [];
for (let r = 2; r <= 36; r++) out.push(v.toString(r));
print(out.slice(0, 5).join(' ')); // expect: 1100011101110100100001111111101101100001101110011111000001110111001001110001111110000101011010010 2220122002021101200211000020222201221211022210022221220222000 1203232210033331230031303320032321032033300223102 232413420332402201233340311104212022133030 15545213115034134413012133551012454430
print(out.slice(5, 15).join(' ')); // expect: 21653251153414601406403630240331250 143564417755415637016711617605322 2818067350730228657738708856860 123456789012345678901234567890 946502a42592397134776594a197 a94b8867a2385b6b5056131a416 1465a068454c58b8757720c20b0 2a5a471bc625ba878a71d955d0 75014e314a6de7e850055e860 18ee90ff6c373e0ee4e3f0ad2
print(out.slice(15).join(' ')); // expect: 631e719g3941dc4gda8g5f62 1bg040gchcg1531ae299gb30 91g5dcg2h6da7260a9f3c4a 2ih7a5a3ei742e21bfg0jea 102fbbikgjicg32ajafjfi0 7l04c0cgh143l6g2eg2e4i 32ld4a26e647acmbmfj7df 16h1935ch26cin209b8j0i de8m3hkc1dikg64bac8ff 651n011e18n8e2cleemp0 2oh27aim06qjpm8l8poq0 1bb6krf083fi42cq6jpre k6hlmcqkek1157pemool aijr5qpdd2gdgj6ls230 5linujtdp0gmer2t4kd0 33n91vrc6sv0tp73u2mi 1oace1uu4rccbvqe62li xgkk9veaoa6uqoodgk2 jukwca2sruj23ym3kt0 byw97um9s91dlz68tsi
print((-v).toString(7), (2n ** 64n).toString(16), (2n ** 64n - 1n).toString(2).length, (0n).toString(2), (-1n).toString(36)); // expect: -21653251153414601406403630240331250 10000000000000000 64 0 -1
print((35n).toString(36), (36n).toString(36), (10n ** 30n).toString(10.9), (255n).toString(undefined), (255n).toString('16')); // expect: z 10 1000000000000000000000000000000 255 ff
const errs = [];
for (const r of [0, 1, 37, -1, NaN, Infinity]) {
  try { (10n).toString(r); errs.push('ok ' + r); } catch (e) { errs.push(e.constructor.name + ' ' + r); }
}
print(errs.join(', ')); // expect: RangeError 0, RangeError 1, RangeError 37, RangeError -1, RangeError NaN, RangeError Infinity
for (let r = 2; r <= 36; r++) if (BigInt(parseInt((2n ** 40n + 12345n).toString(r), r)) !== 2n ** 40n + 12345n) print('mismatch', r);
