// replacer array entries: numbers converted with ToString, duplicates ignored
print(JSON.stringify({ 1: 'a', 2: 'b', 1.5: 'c' }, [1, '2', 1.5, 1])); // expect: {"1":"a","2":"b","1.5":"c"}
print(JSON.stringify({ a: 1 }, [new Number(NaN), 'a'])); // expect: {"a":1}
