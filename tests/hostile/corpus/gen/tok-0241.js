var d = new Date(-1);
print(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getthisTimezoneOffset(), d.getUTCFullYear());
print(d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.getTime(), d.valueOf(), d.getYear());
// expect: 1969 11 31 3 23 59 59 999 0 1969
// expect: 11 31 3 23 59 59 999 -1 -1 69
