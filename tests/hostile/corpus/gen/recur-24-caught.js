try { JSON.parse('[1]', function r(k,v){ return JSON.parse('[1]', r) }); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
