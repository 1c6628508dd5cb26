// Async arrows see this, arguments and new.target of the enclosing
// function, across awaits; async methods keep their own.
var log = [];
function Outer() {
    this.name = "outer";
    var self = this;
    var arrow = async () => {
        await null;
        log.push(this === self, this.name, arguments.length, arguments[0], new.target === Outer);
    };
    arrow();
}
new Outer("arg0", "arg1");

var obj = {
    value: 42,
    async method() {
        var inner = async () => { await 0; return this.value + arguments[0]; };
        return inner();
    },
};
obj.method(8).then(function (v) { log.push("method " + v); });

class Base { greet() { return "base"; } }
class Derived extends Base {
    async greet() { await null; return "derived+" + super.greet(); }
    static async make() { await null; return new this(); }
}
Derived.make().then(function (d) { return d.greet(); }).then(function (v) { log.push(v); });

// sloppy async functions get the global object for this, strict ones undefined
async function sloppy() { return this === globalThis; }
async function strict() { "use strict"; return this; }
sloppy().then(function (v) { log.push("sloppy " + v); });
strict().then(function (v) { log.push("strict " + v); });

// arguments object of an async function
async function args() { await null; return Array.prototype.join.call(arguments, "+"); }
args(1, 2, 3).then(function (v) { log.push("args " + v); });

setTimeout(function () { print(log.join(" | ")); }, 0);
// expect: true | outer | 2 | arg0 | true | sloppy true | strict undefined | args 1+2+3 | method 50 | derived+base
