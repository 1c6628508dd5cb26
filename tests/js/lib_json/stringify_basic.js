// JSON.stringify of primitives and special values
print(JSON.stringify(1), JSON.stringify('a"b\\'), JSON.stringify(null), JSON.stringify(true)); // expect: 1 "a\"b\\" null true
print(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(Symbol())); // expect: undefined undefined undefined
print(JSON.stringify(NaN), JSON.stringify(-Infinity), JSON.stringify(-0)); // expect: null null 0
print(JSON.stringify([undefined, () => 1, Symbol(), NaN])); // expect: [null,null,null,null]
print(JSON.stringify({ a: undefined, b: () => 1, c: Symbol(), d: NaN, [Symbol()]: 1 })); // expect: {"d":null}
print(JSON.stringify(new Number(3)), JSON.stringify(new String('s')), JSON.stringify(new Boolean(false))); // expect: 3 "s" false
print(JSON.stringify(Object(Symbol())), JSON.stringify(new Date(0))); // expect: {} "1970-01-01T00:00:00.000Z"
