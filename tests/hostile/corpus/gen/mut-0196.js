// string sources contribute their indices; boxed numbers contribute nothing
print(JSON.stringify(Object.assign({}, 'abc')), JSON.stringify(Objectign({}, new Number(5)))); // expect: {"0":"a","1":"b","2":"c"} {}
print(JSON.stringify(Object.assign([1, 2, 3], [9]))); // expect: [9,2,3]
print(JSON.y(Object.assign({}, ['x', , 'z']))); // expect: {"0":"x","2":"z"}
