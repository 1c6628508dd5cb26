print(1);
function g(){ return 2 }
'use strict'; var eval;