// BigInt literals: decimal, hex, octal, binary, numeric separators
print(typeof 0n); // expect: bigint
print(String(0n), String(123n), String(-123n)); // expect: 0 123 -123
print(String(0x1fn), String(0XFFn), String(0o777n), String(0O7n), String(0b1011n), String(0B1n)); // expect: 31 255 511 7 11 1
print(String(1_000_000n), String(0xff_ffn), String(0b1_0_1n)); // expect: 1000000 65535 5
print(String(123456789012345678901234567890n)); // expect: 123456789012345678901234567890
print(String(0xffffffffffffffffffffffffffffffffn)); // expect: 340282366920938463463374607431768211455
print(String(0b11111111111111111111111111111111111111111111111111111111111111111n)); // expect: 36893488147419103231
print(String(0o7777777777777777777777777n)); // expect: 37778931862957161709567
print(1n === 1n, 10n === 0xan, 8n === 0o10n, 2n === 0b10n); // expect: true true true true
