try { function f(a=f()){ } f(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
