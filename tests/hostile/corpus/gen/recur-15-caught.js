try { var a=[]; for(var i=0;i<1e6;i++) a=[a]; JSON.stringify(a); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
