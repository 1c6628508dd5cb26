try { function f(){ return Function('f', 'return f(f)')(f) } f(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
