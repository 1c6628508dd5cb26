// typeof and truthiness of symbols
print(typeof Symbol(), typeof Symbol.iterator, typeof Object(Symbol()), !Symbol(), Boolean(Symbol())); // expect: symbol symbol object false true
