try { function f(){ return new Array(10).fill(0).map(f) } f(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
