try { var o={valueOf(){return +this}}; +o; } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
