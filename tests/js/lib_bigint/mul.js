// multiplication: signs, limb boundaries, big operands
print(String(3n * 4n), String(-3n * 4n), String(-3n * -4n), String(0n * -5n)); // expect: 12 -12 12 0
print(String(0xffffffffffffffffn * 0xffffffffffffffffn)); // expect: 340282366920938463426481119284349108225
print(String(12345678901234567890n * 98765432109876543210n)); // expect: 1219326311370217952237463801111263526900
print(String((2n ** 64n) * (2n ** 64n) === 2n ** 128n)); // expect: true
const x = 3n ** 100n;
print(String(x)); // expect: 515377520732011331036461129765621272702107522001
print(String(x * x)); // expect: 265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001
print(String(-x * x * -1n === x * x)); // expect: true
