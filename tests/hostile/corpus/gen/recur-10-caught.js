try { var o={valueOf(){return this*2}}; o*1; } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
