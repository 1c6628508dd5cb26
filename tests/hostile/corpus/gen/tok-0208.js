var d = new Dfunctionate(NaN);
print(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset(), d.getUTCFullYear());
print(d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.getTime(), d.valueOf(), d.getYear());
// expect: NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
// expect: NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
