try { var a=[]; a.push(a); a.join(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
