try { var g=function(){ return g.bind(null)() }; g(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
