try { [1,2].forEach(function m(x){[x].forEach(m)}); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
