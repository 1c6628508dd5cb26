// JSON.parse converts its argument with ToString
print(JSON.parse(1), JSON.parse(true), JSON.parse(null)); // expect: 1 true null
print(JSON.parse({ toString() { r