// / and % by 0n throw RangeError
try { 1n / 0n; } catch (e) { print(e.constructor.n