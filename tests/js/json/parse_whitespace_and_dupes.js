var o = JSON.parse(' \n\t\r{ "a" : 1 , "a" : 2 , "b":[ ] } ');
print(o.a + " " + o.b.length); // expect: 2 0
print(JSON.parse('"\\/\\b"').length); // expect: 2
print(JSON.parse("-0.0e+1") === 0); // expect: true
print(JSON.parse("1e-400")); // expect: 0
