function f(){ f2() } function f2(){ for(;;); } f();
