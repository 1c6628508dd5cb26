try { function f(){return f()} f(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
