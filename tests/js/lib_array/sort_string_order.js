// default sort compares by UTF-16 code units of String(x)
print([1, -1, 2, -2, 0].sort().join()); // expect: -1,-2,0,1,2
print(['\u{1F600}', '\uFFFF', 'a'].sort().map(s => s.charCodeAt(0).toString(16)).join()); // expect: 61,d83d,ffff
print([true, false, null, 'n'].sort().join()); // expect: false,n,,true
print([[2], [1, 5], [1]].sort().join(';')); // expect: 1;1,5;2
