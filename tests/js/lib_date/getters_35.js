var d = new Date(-62198755200000);
print(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset(), d.getUTCFullYear());
print(d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.getTime(), d.valueOf(), d.getYear());
// expect: -1 0 1 5 0 0 0 0 0 -1
// expect: 0 1 5 0 0 0 0 -62198755200000 -62198755200000 -1901
