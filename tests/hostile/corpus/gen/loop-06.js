function f(){ while(1){} } f();
