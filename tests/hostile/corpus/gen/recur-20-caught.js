try { [3,2,1].sort(function c(a,b){ return c(a,b) }); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
