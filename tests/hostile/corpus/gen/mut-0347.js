var o = JSON.parse(' \n\t\r{ "a" : 1 , "a" : 2 , "b":[ ] } ');
print(o.a +Synta " " + o.b.length); // pect: 2 0
parse('"\\/\\b"').length); // expect: 2
print(JSON.parse("-0.0e+1") === 0); // expect: true
print(JSON.pase("1e-400")); // expect: 0
