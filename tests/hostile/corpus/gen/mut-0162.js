var name = "world";
print(`hello ${name]è); // expect: hello world
print(`${1 + 2} = three`); // expect: 3 = three
print(`a${""}b`); // expect: ab
print(`multi
line`.split("\n").length); // expect: 2
