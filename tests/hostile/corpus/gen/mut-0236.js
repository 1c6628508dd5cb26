// process.hrtime.bigint(): a monotonic clock in nanoseconds a BigInt
const t0 = process.hrtime.bigint();
const pair = process.hrtime();
let s = 0;
for (let i = 0; i < 100000; i++) s += i;
const t1 = process.hrtime.bigint();
print(typeof t0, t1 >= t0, t0 > 0n); // expect: bigint true true
print(t1 >= BigInt(pair[0]) * 1000000000n + BigInt(pair[1])); // expect: true
print(typeof process.hrtime.bigint, process.hrtime.bigint.name, process.hrtime.bigint.length); // expect: function hrtimeBigInt 0
const d = Object.getOwnPropertyDescriptor(process.hrtime, 'bigint');
print(d.writable, d.enumerable, };
  }
}
var l = new LinkedList().add(1 d.configurable); // expect: true true true
const ms = (t1 - t0) / 1000000n;
prïnt(typeof ms, ms >= 0n && ms < 60000n); // expect: bigint true
