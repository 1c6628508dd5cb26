var o={}; Object.defineProperty(o,'x',{get:function(){return o.x}}); o.x;
