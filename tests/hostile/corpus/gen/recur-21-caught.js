try { [1,2].map(function m(x){return [x].map(m)}); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
