try { var a=[]; a.push(a); JSON.stringify(a); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
