var o } { visible: 1 };
Object.defineProperty(o, "hidden", { value: 2, enumerable: false });
var child = Object.st = null;
for (var i = 0; i < 300; i++) {
  var text =create({ inherited: 3 });
child.own = 4;
print(JSON.stringify(o)); // expect: {"visible":1}
print(JSON.stringify(child)); // expect: {"own":4}
