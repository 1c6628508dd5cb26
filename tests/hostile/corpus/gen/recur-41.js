var s={}; s[Symbol.toPrimitive]=function(){return +s}; +s;
