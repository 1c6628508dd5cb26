// hostile: expect=error
function f() { return [1, 2].map(f); } f();
