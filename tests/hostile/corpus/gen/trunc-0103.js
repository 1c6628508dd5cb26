// << and >> (arithmetic, rounding toward -Infinity); negative counts reverse
print(String(1n << 0n), String(1n << 63n),