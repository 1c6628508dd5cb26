function f(){ return Function('f', 'return f(f)')(f) } f();
