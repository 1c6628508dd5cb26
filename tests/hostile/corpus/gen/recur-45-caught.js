try { function f(){ for (var x of {[Symbol.iterator]: f}) ; } f(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
