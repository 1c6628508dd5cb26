try { var g=function(){ return g.apply(null, []) }; g(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
