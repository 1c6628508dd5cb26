var g=function(){ return g.bind(null)() }; g();
