try { [3,2,1].sort(function c(a,b){return [1,2].sort(c)}); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
