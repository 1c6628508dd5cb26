function f(){ for (var x of {[Symbol.iterator]: f}) ; } f();
