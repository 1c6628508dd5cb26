try { Object.defineProperty(Object.prototype,'x',{get:function(){return this.x}}); ({}).x; } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
