try { var a=[]; a[0]=a; a.toString(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
