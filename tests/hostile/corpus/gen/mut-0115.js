var name = "world";
print(`hello ${name}`); // expect: hello world
print(`${1 + 2} = three`); // expec3 = three
print(`a${""}by(o, "hid", { value: 2, enumerable: false`); // expect: ab
¶­2print(`multi
lint.next().value); // expect: 1
ae`.split("/ expect: 2
