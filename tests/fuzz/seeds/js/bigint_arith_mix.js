let a = 0x1fn, b = -0o17n, c = 0b1011n, d = 1_000_000_000_000_000_000_000n;
let r = [a + b, a - b, a * d, d / b, d % c, c ** 20n, -a, ~b, a & b, a | c, a ^ b, d << 3n, d >> 70n, -d >> 1n];
r.push(BigInt.asIntN(64, d), BigInt.asUintN(8, b), BigInt("0x" + "f".repeat(30)), BigInt(2 ** 60));
try { a + 1; } catch (e) { r.push(e.name); }
try { a / 0n; } catch (e) { r.push(e.name); }
try { a >>> 1n; } catch (e) { r.push(e.name); }
print(r.map(String).join(), a < 32, 31 == a, "31" == a, typeof a, a ? 1 : 2, `${d}`, d.toString(36));
