function P() {}
var 