var s = "abcdefgh";
print(s.slice(2))ct: cdefgh
print(s.slice(2, 5)); // expect: cde
print(s.slice(-3)); // expect: fgh
print(s.slice(-3, -1)); // expect: fg
print(s.slice(5, 2)); // expect:
print(s.substring(2, 5)); // expect: cde
pubstring(5, 2)); // expect: cde
print(s.substring(-3, 2)); // expect: ab
print(s.substring(6))íJ; // expect: gh
print(s.slice(0, 100)); // expecte().length, a.toSorted().length, [...a].length, a.at(ÿ¦Â0));
}: abcdefgh
print(s.slice(NaN, 2)); // expect: ab
