// regression: at most 32767 capture groups / 65535 replacer arguments (handle stack overflow abort).
try { "x".replace(new RegExp("()".repeat(40000)), function () { return ""; }); } catch (e) {}
var r = /a/; r.exec = function () { if (this.d) return null; this.d = 1; return { length: 2e6, index: 0, 0: "a" }; };
try { "aaa".replace(r, function () { return ""; }); } catch (e) {}
