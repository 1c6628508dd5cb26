try { function f(){ return eval('f()') } f(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
