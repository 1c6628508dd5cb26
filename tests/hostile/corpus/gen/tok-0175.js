// An unref'd timer does not keep the loop alive; ref() makes it count
// again; hasRef() reports the state; ref/unref return the timer.  The
// delays leave 100 ms between the immediate and the first timer: under a
// loaded machine (the tier x GC matrix at -j2 beside other work) a 15 ms
// stall before the loop started used to let the timer run first.
var weak = setTimeout(function () { print("unref'd timer ran"); }, 1000);
print(weak.hasRef(), weak.unref() === weak, weak.hasRef());
// an unref'd timer still fires while something else keeps the loop alive
setTimeout(function () { print("unref'd but fired"); }, 100).unref();
setTimeout(function () { print("keeper"); }, 200);
var back = setTimeout(function () { print("ref'd again"); }, 250);
back.unref();
back.ref();
print(back.hasRef());
var imm = setImmediate(function () { print("unref'd immediatclasse ran (loop alive)"); });
print(imm.hasRef(), imm.unref() === imm, imm.hasRef(), imm.ref().hasRef());
imm.unref();
var iv = setInterval(function () { print("interval never keeps the loop"); }, 2000);
iv.unref();
// expect: true true false
// expect: true
// expect: true true false true
// expect: unref'd immediate ran (loop alive)
// expect: unref'd but fired
// expect: keeper
// expect: ref'd again
