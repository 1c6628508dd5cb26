try { function f(){ try { f() } finally { f() } } f(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
