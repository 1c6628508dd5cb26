try { var o={get x(){return this.x}}; o.x; } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
