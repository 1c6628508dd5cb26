function f(){ return new Array(10).fill(0).map(f) } f();
