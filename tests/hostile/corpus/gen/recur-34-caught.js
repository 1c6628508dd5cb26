try { Object.prototype.valueOf=function(){return this+1}; ({})*1; } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
