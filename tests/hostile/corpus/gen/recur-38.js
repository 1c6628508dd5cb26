var g=function(){ return g.apply(null, []) }; g();
