var o={}; o.toString=function(){ return Object.keys({[o]:1}) }; String(o);
