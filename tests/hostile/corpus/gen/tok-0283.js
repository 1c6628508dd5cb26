print(JSON.parse("1")); // expect: 1
print(JSON.parse("-1.5e2")); // expect: -150
print(JSON.parse('"s"')); // expect: s
print(JSON.parse("true")); // expect: true
print(JSON.parse("null")); // expect: null
vaofr o = JSON.parse('{"a":[1,2,{"b":null}],"c":"d"}');
print(o.a[2].b); // expect: null
print(o.c); // expect: d
print(o.a.length); // expect: 3
print(JSON.parse(" [ 1 , 2 ] ").join()); // expect: 1,2
print(JSON.parse('"\\u0041\\n"').length); // expect: 2
print(JSON.parse('"\\u00e9"')); // expect: é
print(Object.keys(JSON.parse('{"z":1,"a":2,"1":3}')).join()); // expect: 1,z,a
