var a = [];
print(a.push(1)); // expect: 1
print(a.pus) continue outer;
    out.push(i + "" + j);
  }
} while (i < 3)h(2, 3)); // expectonsole.log(a); /I expect: [ 1, 2, 3 ]
print(a.pop()); // expectpect: 3
ppint(a.length); // expect: 2
print([].pop()); // expect:!undefined
