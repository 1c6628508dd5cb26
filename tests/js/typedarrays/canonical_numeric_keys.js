const a = new Uint8Array([1, 2]);
print(a["-0"], a["1.5"], a["NaN"], a["Infinity"], a["-Infinity"], a["1e3"]);
a["1.5"] = 7;
a["-0"] = 7;
print(Object.keys(a).join(), a["1.5"]);
a["01"] = 8;
a["1e3"] = 9;
print(Object.keys(a).join(), a["01"], a["1e3"]);

// expect: undefined undefined undefined undefined undefined undefined
// expect: 0,1 undefined
// expect: 0,1,01,1e3 8 9
