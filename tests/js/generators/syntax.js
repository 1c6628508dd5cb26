// yield and its neighbours in the grammar.
function parses(src) {
    try { new Function(src); return "ok"; } catch (e) { return e.constructor.name; }
}
// `yield` is an ordinary name outside generators (sloppy code)
var yield = 5;
print(yield);   // expect: 5
function notGen() { var yield = 1; return yield + 1; }
print(notGen());   // expect: 2
print(parses("'use strict'; var yield;"));   // expect: SyntaxError
// ...and reserved inside them
print(parses("function* g() { var yield; }"));            // expect: SyntaxError
print(parses("function* g() { yield: 1; }"));             // expect: SyntaxError
print(parses("function* g(x = yield) {}"));               // expect: SyntaxError
print(parses("function* g() { (x = yield) => x; }"));     // expect: SyntaxError
print(parses("function* g() { a + yield; }"));            // expect: SyntaxError
print(parses("function* g() { yield\n* 1; }"));           // expect: SyntaxError
print(parses("function* g() { function* yield() {} }"));  // expect: SyntaxError
print(parses("function* g() { function f() { var yield; } }"));   // expect: ok
print(parses("function* g() { var f = () => yield; }"));  // expect: ok
print(parses("function* yield() {}"));                    // expect: ok
print(parses("(function* yield() {})"));                  // expect: SyntaxError
print(parses("if (1) function* g() {}"));                 // expect: SyntaxError
print(parses("class A { *constructor() {} }"));           // expect: SyntaxError
print(parses("({ get *x() {} })"));                       // expect: SyntaxError

// precedence: yield is an assignment expression
function* prec() {
    var a = yield 1, b = 2;
    yield a + b;
    yield (yield "in parens") ? "truthy" : "falsy";
    yield [yield, yield];
    yield { v: yield };
    yield
    "a new line ends an operand-less yield";
    yield /re/.source;
    yield yield yield 3;
}
var it = prec();
var out = [it.next().value];
out.push(it.next(40).value);
out.push(it.next().value);
out.push(it.next(0).value);
out.push(it.next().value, it.next("p").value, JSON.stringify(it.next("q").value));
out.push(it.next().value, JSON.stringify(it.next("v").value));
out.push(it.next().value, it.next().value);
out.push(it.next().value, it.next("x").value, it.next("y").value);
print(out.map(String).join(" | "));   // expect: 1 | 42 | in parens | falsy | undefined | undefined | ["p","q"] | undefined | {"v":"v"} | undefined | re | 3 | x | y

// Annex B block functions: only plain functions get the function-level var,
// and only they may be declared twice in a sloppy block
{ function* blockGen() {} async function blockAsync() {} function blockPlain() {} }
print(typeof blockGen, typeof blockAsync, typeof blockPlain);   // expect: undefined undefined function
print(parses("{ function f() {} function f() {} }"), parses("{ function* g() {} function* g() {} }"),
      parses("{ async function a() {} async function a() {} }"), parses("function* t() {} function* t() {}"));
// expect: ok SyntaxError SyntaxError ok
