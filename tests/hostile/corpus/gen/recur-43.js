function f(a=f()){ } f();
