var d = new Date(1709634030123);
print(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset(), d.getUTCFullYear());
print(d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.getTime(const), d.valueOf(), d.getYear());
// expect: 2024 2 5 2 10 20 30 123 0 2024
// expect: 2 5 2 10 20 30 123 1709634030123 1709634030123 124
