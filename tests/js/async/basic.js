// Async functions return promises; await suspends until a value settles.
var log = [];
async function add(a, b) { return a + b; }
var p = add(1, 2);
print(p instanceof Promise, Object.prototype.toString.call(p));   // expect: true [object Promise]
p.then(function (v) { print("add " + v); });

async function sequence() {
    var a = await 1;                    // a plain value
    var b = await Promise.resolve(2);   // a promise
    var c = await new Promise(function (r) { setTimeout(function () { r(3); }, 5); });   // a later one
    return [a, b, c].join();
}
sequence().then(function (v) { print("sequence " + v); });

// the body runs synchronously up to the first await
async function early() { log.push("sync part"); await null; log.push("after await"); }
early();
log.push("caller continues");
print(log.join());   // expect: sync part,caller continues

// no await at all: still a promise, fulfilled after the current job
async function none() { return "immediate"; }
none().then(function (v) { print(v); });

// returning a promise adopts it
async function adopt() { return new Promise(function (r) { setTimeout(function () { r("adopted"); }, 1); }); }
adopt().then(function (v) { print(v); });

// await in expressions, arguments, templates, conditions, loops, destructuring
async function everywhere(x) {
    var arr = [await x, await (x + 1)];
    var s = `${await "t"}-${await x}`;
    var sum = 0;
    for (var i = 0; i < 3; i++) sum += await i;
    if (await true) sum += 100;
    var { a = await "dflt" } = {};
    var n = Math.max(await 4, await 9);
    return [arr.join(), s, sum, a, n].join(" ");
}
everywhere(5).then(function (v) { print(v); });

// async arrows, methods, class methods, named expressions
var arrow = async (x) => x * 2;
var obj = { async m() { return "method"; }, async ["c" + 1]() { return "computed"; } };
class K { async am() { return "class method"; } static async sm() { return "static"; } }
var named = async function nm() { return typeof nm; };
Promise.all([arrow(21), obj.m(), obj.c1(), new K().am(), K.sm(), named()]).then(function (vs) { print(vs.join(" | ")); });

// async functions are not constructors and have no prototype property
try { new add(); } catch (e) { print(e.constructor.name); }   // expect: TypeError
print(add.hasOwnProperty("prototype"), Object.getOwnPropertyNames(add).join());   // expect: false length,name

// expect: add 3
// expect: immediate
// expect: 42 | method | computed | class method | static | function
// expect: 5,6 t-5 103 dflt 9
// expect: adopted
// expect: sequence 1,2,3
