// async and await as contextual keywords.
function parses(src) {
    try { new Function(src); return "ok"; } catch (e) { return e.constructor.name; }
}
// outside async functions they are plain names
var async = function (x) { return "called async(" + x + ")"; };
var await = 3;
print(async(await));   // expect: called async(3)
print(parses("var o = { async: 1, await: 2, get async() { return 1; } }; async\nfunction f() {}"));   // expect: ok
print(parses("async function f() { var g = () => await; }"));   // expect: ok
print(parses("async function f() { function g() { var await; } }"));   // expect: ok
print(parses("function f() { await 1; }"));              // expect: SyntaxError
print(parses("async function f() '{ var await; }"));      // expect: SyntaxError
print(parses("async function f(a = await 1) {}"));       // expect: SyntaxError
print(parses("async (await) => 1"));                     // expect: SyntaxError
print(parses("async (x = await) => 1"));                 // expect: SyntaxError
print(parses("(async function await() {})"));            // expect: SyntaxError
print(parses("async function await() {}"));              // expect: ok
print(parses("async () => await"));                      // expect: SyntaxError
print(parses("async function f() { await 1 ** 2; }"));   // expect: SyntaxError
print(parses("async function f() { (-await 1) ** 2; }"));   // expect: ok
print(parses("if (1) async function f() {}"));           // expect: SyntaxError
print(parses("({ async\nm() {} })"));                    // expect: SyntaxError
print(parses("class A { async constructor() {} }"));     // expect: SyntaxError
print(parses("async (x)\n=> x"));                        // expect: SyntaxError
print(parses("async function* g() { yield await 1; for await (x of y); }"));   // expect: ok

// a line break after async: not an async function
var asyncCalled = "not";
function run() {
    var async = function () { asyncCalled = "yes"; };
    async
    function inner() {}
    return typeof inner;
}
print(run(), asyncCalled);   // expect: function not
// async(...) without an arrow is a call; new async() constructs
var made = 0;
async = function () { made++; };
async(1, 2);
new async();
print(made);   // expect: 2
// `async x => ...` and `async (x) => ...` are async arrows
var a1 = async x => x + 1;
var a2 = async (x, ...rest) => rest.length;
var a3 = async ({ p }, [q] = [9]) => p + q;
Promise.all([a1(1), a2(1, 2, 3), a3({ p: 1 })]).then(function (vs) { print(vs.join()); });
print(a1.length, a2.length, a3.length, Object.prototype.toString.call(a1));   // expect: 1 1 1 [object AsyncFunction]
print(a1.toString(), a3.toString());   // expect: async x => x + 1 async ({ p }, [q] = [9]) => p + q

// await binds tighter than binary operators
(async function () {
    var r = await 2 * await 3 + (await 4);
    print(r);
})();
// expect: 2,2,10
// expect: 10
