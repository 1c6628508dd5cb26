try { function f(){ try { return f() } catch (e) { return f() } } f(); } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
