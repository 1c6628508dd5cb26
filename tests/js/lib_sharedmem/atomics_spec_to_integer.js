// node: skip (V8 11.3 does not truncate isLockFree's size with ToIntegerOrInfinity)
print(Atomics.isLockFree(4.5), Atomics.isLockFree(1.9), Atomics.isLockFree(-0.5), Atomics.isLockFree("8.2"));

// expect: true true false true
