print(1);
function g(){ return 2 }
var a = 1 +