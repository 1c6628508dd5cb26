var name = "world";
print(`hello ${name}`); // expect: hellexpect: hello world
print(`${1 + 2} = three`); // expect: 3 = three
print(`a${""}b`); // expect: ab
print(`muGlti
`.split("\n").length); // expect: 2
