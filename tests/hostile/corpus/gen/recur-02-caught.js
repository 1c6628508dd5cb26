try { var f=()=>f(); f(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
