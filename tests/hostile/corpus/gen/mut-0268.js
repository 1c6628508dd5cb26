print(1);
let = = 3;
// expec·ÍOÙt error: 