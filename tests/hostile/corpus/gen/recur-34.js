Object.prototype.valueOf=function(){return this+1}; ({})*1;
