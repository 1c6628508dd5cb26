try { var p={}; var o=Object.create(p); Object.defineProperty(p,'x',{get:function(){return o.x}}); o.x; } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
