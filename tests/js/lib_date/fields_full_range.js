// Calendar fields and formats across the whole time-value range (negative
// years, leap centuries, the +-8.64e15 limits) and MakeDay's month
// normalisation, checked against node: each sweep is hashed, edge cases
// are printed.
function h(acc, s) {
  for (var i = 0; i < s.length; i++) acc = Math.imul(acc ^ s.charCodeAt(i), 16777619) >>> 0;
  return acc;
}
function fields(d) {
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(),
          d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.getFullYear(), d.getDay()].join(",");
}
function line(t) {
  var d = new Date(t);
  if (isNaN(d.getTime())) return String(d) + "|" + d.getUTCFullYear();
  return d.toISOString() + "|" + d.toUTCString() + "|" + d.toString() + "|" + fields(d) + "|" +
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(),
             d.getUTCSeconds(), d.getUTCMilliseconds());
}
// the full range, in uneven steps
var acc = 2166136261, n = 0;
for (var t = -8.64e15; t <= 8.64e15; t += 61734567890123.457) { acc = h(acc, line(Math.round(t))); n++; }
print(n + " " + acc);
// every day around year 0 and the 1900/2000 leap rules
acc = 2166136261;
var starts = [Date.UTC(-1, 0, 1), Date.UTC(-401, 10, 1), Date.UTC(1899, 11, 1), Date.UTC(1999, 11, 1), Date.UTC(2100, 0, 1)];
for (var s = 0; s < starts.length; s++)
  for (var k = 0; k < 40; k++) acc = h(acc, line(starts[s] + k * 86400000 + k * 3601017 % 86400000));
print(acc);
// milliseconds just around midnights, negative and positive
acc = 2166136261;
for (var k = -120; k <= 120; k++) acc = h(acc, line(k * 43200000 + (k % 3) - 1));
print(acc);
// the edges
[8.64e15, -8.64e15, 8.64e15 + 1, -8.64e15 - 1, -62198755200000, -62198755200001, -62135596800000,
 -62135596800001, 253402300799999, 253402300800000, -1, 0, 951782400000, 951868800000].forEach(function (t) {
  print(line(t));
});
// MakeDay: month overflow in both directions, huge months, fractional and -0 arguments
print(Date.UTC(2000, 12), Date.UTC(2000, -1), Date.UTC(2000, -13), Date.UTC(2000, 1200), Date.UTC(2000, -24001));
print(Date.UTC(1970, 1e10), Date.UTC(1970, 4.8e6), Date.UTC(1970, 4.9e6), Date.UTC(-271821, 3, 20), Date.UTC(-271821, 3, 19, 23, 59, 59, 999));
print(Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1), Date.UTC(2000, 1.9, 29.7), Date.UTC(-0, -0));
print(Date.UTC(2000, 9007199254740991), Date.UTC(0, -9007199254740991), Date.UTC(2000, 2, 0), Date.UTC(2001, 2, 0), Date.UTC(1900, 2, 0));
var d = new Date(Date.UTC(2024, 0, 31));
d.setUTCMonth(1); print(d.toISOString());
d.setUTCFullYear(-5, 13, 40); print(d.toISOString(), d.toUTCString());
d.setUTCHours(-1, -1, -1, -1); print(d.toISOString());
d.setUTCMilliseconds(8.64e15); print(d.getTime(), String(d));
var e = new Date(NaN); e.setUTCFullYear(1999); print(e.toISOString());
print(new Date(-1).toLocaleString(), new Date(Date.UTC(2024, 6, 4, 13, 5, 9)).toLocaleString(), new Date(Date.UTC(2024, 6, 4, 0, 5)).toLocaleTimeString());
print(new Date(0).toDateString(), "|", new Date(Date.UTC(-33, 1, 3, 4, 5, 6)).toTimeString(), "|", new Date(Date.UTC(12, 1, 3)).toDateString());
print(Date.parse("+275760-09-13T00:00:00.000Z"), Date.parse("-271821-04-20T00:00:00.000Z"), Date.parse("-000001-01-01T00:00:00Z"), Date.parse("Tue, 02 Jan -0005 10:00:00 GMT"));
// expect: 280 3074123627
// expect: 3049455968
// expect: 1105849632
// expect: +275760-09-13T00:00:00.000Z|Sat, 13 Sep 275760 00:00:00 GMT|Sat Sep 13 275760 00:00:00 GMT+0000 (Coordinated Universal Time)|275760,8,13,6,0,0,0,0,275760,6|8640000000000000
// expect: -271821-04-20T00:00:00.000Z|Tue, 20 Apr -271821 00:00:00 GMT|Tue Apr 20 -271821 00:00:00 GMT+0000 (Coordinated Universal Time)|-271821,3,20,2,0,0,0,0,-271821,2|-8640000000000000
// expect: Invalid Date|NaN
// expect: Invalid Date|NaN
// expect: -000001-01-01T00:00:00.000Z|Fri, 01 Jan -0001 00:00:00 GMT|Fri Jan 01 -0001 00:00:00 GMT+0000 (Coordinated Universal Time)|-1,0,1,5,0,0,0,0,-1,5|-62198755200000
// expect: -000002-12-31T23:59:59.999Z|Thu, 31 Dec -0002 23:59:59 GMT|Thu Dec 31 -0002 23:59:59 GMT+0000 (Coordinated Universal Time)|-2,11,31,4,23,59,59,999,-2,4|-62198755200001
// expect: 0001-01-01T00:00:00.000Z|Mon, 01 Jan 0001 00:00:00 GMT|Mon Jan 01 0001 00:00:00 GMT+0000 (Coordinated Universal Time)|1,0,1,1,0,0,0,0,1,1|-2177452800000
// expect: 0000-12-31T23:59:59.999Z|Sun, 31 Dec 0000 23:59:59 GMT|Sun Dec 31 0000 23:59:59 GMT+0000 (Coordinated Universal Time)|0,11,31,0,23,59,59,999,0,0|-2177452800001
// expect: 9999-12-31T23:59:59.999Z|Fri, 31 Dec 9999 23:59:59 GMT|Fri Dec 31 9999 23:59:59 GMT+0000 (Coordinated Universal Time)|9999,11,31,5,23,59,59,999,9999,5|253402300799999
// expect: +010000-01-01T00:00:00.000Z|Sat, 01 Jan 10000 00:00:00 GMT|Sat Jan 01 10000 00:00:00 GMT+0000 (Coordinated Universal Time)|10000,0,1,6,0,0,0,0,10000,6|253402300800000
// expect: 1969-12-31T23:59:59.999Z|Wed, 31 Dec 1969 23:59:59 GMT|Wed Dec 31 1969 23:59:59 GMT+0000 (Coordinated Universal Time)|1969,11,31,3,23,59,59,999,1969,3|-1
// expect: 1970-01-01T00:00:00.000Z|Thu, 01 Jan 1970 00:00:00 GMT|Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)|1970,0,1,4,0,0,0,0,1970,4|0
// expect: 2000-02-29T00:00:00.000Z|Tue, 29 Feb 2000 00:00:00 GMT|Tue Feb 29 2000 00:00:00 GMT+0000 (Coordinated Universal Time)|2000,1,29,2,0,0,0,0,2000,2|951782400000
// expect: 2000-03-01T00:00:00.000Z|Wed, 01 Mar 2000 00:00:00 GMT|Wed Mar 01 2000 00:00:00 GMT+0000 (Coordinated Universal Time)|2000,2,1,3,0,0,0,0,2000,3|951868800000
// expect: 978307200000 944006400000 912470400000 4102444800000 -62169897600000
// expect: NaN NaN NaN -8640000000000000 NaN
// expect: 8640000000000000 NaN 951782400000 -2208988800000
// expect: NaN NaN 951782400000 983318400000 -2203977600000
// expect: 2024-03-02T00:00:00.000Z
// expect: -000004-03-11T00:00:00.000Z Mon, 11 Mar -0004 00:00:00 GMT
// expect: -000004-03-10T22:58:58.999Z
// expect: 8577712594738000 Tue Nov 21 273786 22:58:58 GMT+0000 (Coordinated Universal Time)
// expect: 1999-01-01T00:00:00.000Z
// expect: 12/31/1969, 11:59:59 PM 7/4/2024, 1:05:09 PM 12:05:00 AM
// expect: Thu Jan 01 1970 | 04:05:06 GMT+0000 (Coordinated Universal Time) | Sat Feb 03 1912
// expect: 8640000000000000 -8640000000000000 -62198755200000 NaN
