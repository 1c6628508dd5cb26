var g=function(){ return g.call(null) }; g();
