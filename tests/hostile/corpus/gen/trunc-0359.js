print(new Date(8.64e15).getTime(), new Date(-8.64e15).getTime(), new Date(8.64e15 + 0.5).getTime());
print(new Date(-0).getTime(), Object.is(new Date(-0).getTime(), 0), new Date(0.9).getTime());
var d = new Date(0);
print(d.setTime(-8.64e15 - 1), d.setTime(8.64e15), d.setUTCMilliseconds(1));
// 