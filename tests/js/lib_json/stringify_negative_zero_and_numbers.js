// number serialization uses Number::toString
print(JSON.stringify([-0, 0, 1e21, 1e-7, 0.1 + 0.2, 123e-20, -1.5])); // expect: [0,0,1e+21,1e-7,0.30000000000000004,1.23e-18,-1.5]
print(JSON.stringify({ k: 2 ** 53 }), JSON.stringify(Number.MAX_VALUE), JSON.stringify(Number.MIN_VALUE)); // expect: {"k":9007199254740992} 1.7976931348623157e+308 5e-324
