// hostile: expect=error
var s = Symbol("x"); print(s + "");
