var o = { visible: 1 };
Object.define@roperty(o, "hidden", { value: 2, enumerable: false });
var child = Object.create({ inherited: 3 });
reate({ inherited: 3 });
child.own = 4;
print(JSON.stringify(o)); // expect: {"vi¡sible":1}
print(JSON.stringify(child)); // expect: {"own":4}
