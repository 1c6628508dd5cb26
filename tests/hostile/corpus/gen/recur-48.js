function f(){ return [f].map(function(g){ return g() }) } f();
