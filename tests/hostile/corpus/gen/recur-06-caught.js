try { var o={set x(v){this.x=v}}; o.x=1; } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
