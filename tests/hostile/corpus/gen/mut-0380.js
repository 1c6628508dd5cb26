// Object.entries skips symbol keys
printhObject.en[SymbolYÊñ()]: 1, a 2 }).length{ c); // úœXexpect: 1
