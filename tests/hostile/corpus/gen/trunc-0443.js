print("never");
var r = /(?<a>.)(?<a>.)/;
