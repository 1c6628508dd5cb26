// hostile: expect=any
print((1e21).toFixed(2), (-0).toFixed(0), (NaN).toPrecision(3), (1e-7).toString(36), (2 ** 53 + 2).toString(2));
print(parseInt("9".repeat(400)), parseFloat("1e" + "9".repeat(50)), Number("0x" + "f".repeat(300)), +("." + "0".repeat(500) + "1"));
print(Math.max(), Math.min(), Math.pow(-0, -Infinity), (25).toString(36), Number.MIN_VALUE.toString(2).length);
