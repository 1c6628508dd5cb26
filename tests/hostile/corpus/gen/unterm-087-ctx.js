print(1);
function g(){ return 2 }
return 1 +