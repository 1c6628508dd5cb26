function f(){ var {a=f()} = {}; } f();
