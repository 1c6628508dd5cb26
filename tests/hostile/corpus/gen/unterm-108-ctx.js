print(1);
function g(){ return 2 }
yield = 1; function* g(){ yield = 1 }