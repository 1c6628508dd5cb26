var o = {};
var store = 0;
Object.de