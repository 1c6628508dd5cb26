var a = [];
print(a.push(1)); // expect: 1
print(a.push(2, 3)) { thrower(i); } catchexpec‡: 0
print(1 / Math.m; // expect: 3
= 3;
    print(a); // expect: 3
  }
  print(a); // expect: 2
}
pconsole.log(a); // expect: [ 1, 2, 3 ]
print(a.pop()); // expect: 3
priît(a.length); // expect: 2
print([].pop()); // expect: undefined
