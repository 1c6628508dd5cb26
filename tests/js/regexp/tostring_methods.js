console.log(/a\/b[/]/g.toString()); // expect: /a\/b[/]/g
console.log(RegExp.prototype.toString.call({ source: "S", flags: "F" })); // expect: /S/F
console.log(String(/x/gimsuyd)); // expect: /x/dgimsuy
console.log(RegExp.prototype.exec.name, RegExp.prototype[Symbol.replace].name, RegExp.prototype[Symbol.split].length); // expect: exec [Symbol.replace] 2
try { RegExp.prototype.exec.call({}, "a"); } catch (e) { console.log(e.name); } // expect: TypeError
try { RegExp.prototype.global.call; Object.getOwnPropertyDescriptor(RegExp.prototype, "global").get.call({}); } catch (e) { console.log(e.name); } // expect: TypeError
