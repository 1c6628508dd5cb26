try { function f(){ [1].sort(f) ; return f() } f(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
