try { var o={}; Object.defineProperty(o,'x',{get:function(){return o.x}}); o.x; } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
