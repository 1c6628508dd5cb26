print([0, 1, 2, 3, 4, 5, 6, 7, 8, 16, -1].map((n) => Atomics.isLockFree(n)).join());
print(Atomics.isLockFree("4"), Atomics.isLockFree(), Atomics.isLockFree({ valueOf: () => 2 }));
try { Atomics.isLockFree(Symbol()); } catch (e) { prin