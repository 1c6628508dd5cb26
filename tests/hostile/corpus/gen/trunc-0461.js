var a = Date.now(), b = Date.now(), c = new Date().getTime();
print(b >= a, c >= b, c - a < 10000, typeof a);
print(Math.abs(Date.parse(new Date().