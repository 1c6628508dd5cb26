// whitespace inside arrays and objects
print(JSON.stringify(JSON.parse(' [ 1 , { "a" : [ ] } ] '))); // expect: [1,{"a":[]}]
