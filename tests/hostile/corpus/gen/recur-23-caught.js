try { [1,2].reduce(function r(a,b){return [a,b].reduce(r)}); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
