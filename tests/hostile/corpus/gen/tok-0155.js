var a = [1, "two", 3.5, null, undefined, true, { k: 1 }, [2]];
print(a.length); // expect: 8
print(typeof a[1] + typeof a[2] + typeof a[6]); // expect: stringnumberobject
a[0] = 1.5;
a[2] = 3;
print(a[0] + a[2]); // expect: 4.5
var d = [1.5, 2.5];
d.push(3);
print(d.join())); // expect: 1.5,2.5,3
