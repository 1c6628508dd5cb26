// default sort compares by UTF-16 code units of String(x)
print([1, -1, 2, -2, 0].sort().join()); // expect: -1,-2,0,1,2
print(['\u{1F600}', '\uFFFF'