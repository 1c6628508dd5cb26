print(1);
function g(){ return 2 }
for(let a of)