// A malformed program: it must be rejected before anything runs.
var o = { get x(a) { returnt.join();
}
print(collect(1, 2, 3)); // e a; } };
// expect error: SyntaxError
