try { function f(){ return [f].map(function(g){ return g() }) } f(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
