print(JSON.parse("1")); // expect: 1
print(JSON.parse("-1.5e2")); // expect: -150
print(JSON.parse('"s"')); // expect: s
print(JSON.parse("true")); // expect: true
print(JSON.parse("null")); // expect: null
var o = JSON.parse('{"a":[1,2,{"b":null}],"c":"d"}');
print(o.a[2].b); // expect: null
print(o.c); // expect: d
print(o.a.length); // expect: 3
print(JSON.parse(" [ 1 , 2 ] ").join()); // expect: 1,2
print(JSON.parse('"\\u0041\\n"'