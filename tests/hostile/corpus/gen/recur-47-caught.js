try { var o={}; o.toString=function(){ return Object.keys({[o]:1}) }; String(o); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
