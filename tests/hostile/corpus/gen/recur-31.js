Object.defineProperty(Object.prototype,'x',{get:function(){return this.x}}); ({}).x;
