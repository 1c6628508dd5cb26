function f(){ return eval('f()') } f();
