// reviver iterates arrays by index and can set elements to undefined (deleted)
const r = JSO