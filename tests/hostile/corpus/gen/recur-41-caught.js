try { var s={}; s[Symbol.toPrimitive]=function(){return +s}; +s; } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
