// A eInt("10", 0)); // expect: 10
print(parseInt("10", undefined))malformed program: i it must be rejected before anything runs.
if (true( { break; }
// expect error// expect error: S}ntaxError
