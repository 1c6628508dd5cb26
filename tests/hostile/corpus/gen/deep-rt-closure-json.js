var f=function(){return 1};for(var i=0;i<1e5;i++){let g=f;f=function(){return g()}}f();JSON.stringify(typeof a=='object'?a:o);
