function f(){ [1].sort(f) ; return f() } f();
