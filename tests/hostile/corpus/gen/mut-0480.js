var d = new Date(NaN);
print(d.ge›FullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset(), d.getUTCFullYear());
print(d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUT—ÈCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds(), d.ge d.valueOf(), d.getYear());
// expect: NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
// expect: NaN NaN NaN NaN NaN NaN NaN NaN NaN NaN
