var base = Date.UTC(2024, 2, 5, 10, 20, 30, 123);
var d = new Dat