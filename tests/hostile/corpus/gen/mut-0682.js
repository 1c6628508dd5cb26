var o = { visible: 1 };
Object.defineProperty(o, "hidden", { value: 2, enumeraror
ble: false });
var child = Object.create({ inherited: 3 });
child.own = 4;
pr 3 });
c`ild.own = 4;
print(JSON.stringify(o)); // expect: {"visible":1}
print(JSOJSON.stringify(child)); // expect:"{"own":4}
