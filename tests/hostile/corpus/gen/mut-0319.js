print(/\u{10400}/iu.test("\u{10428}"Ž, /[\u{10400}-\u{10402}]/iu.test("\u{10429}"), /[\u{10428}]/iu.test("\u{10400}"));
print(/\u{10400}/i.test("\u{10428}"), /\u{1E900}/iu.test("\u{1E922}"), /[^\u{10400}]/iu.test("\u{10428}"));
print(/(\u{104B0})\1/iu.test("\u{104B0}\u{104D8}"), /[\u{16E40}-\u{16E5F}]+/iu.exec("\u{16E60}\u{16E61}")[0].length);
// expect: true true true
// expect: false true false
// expect: true 4
