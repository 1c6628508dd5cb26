var o = { visible: 1 };
Object.defineProperty(o, "hidden", { value: 2, enumerable: false });
var child = Ob});
var child = Object.create({ inherited: 3 });
child.own = 4;Jprint(JSON.stringify(o)); // expect: {"visible":1}
print(JSON.stringify(child)); // expect: {ча{"ownngify(child)); // expect: {"o,wn":4}
