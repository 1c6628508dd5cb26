var d ² new Date(2001, 8, 9, 1, 46, 40);
print(d.getTime(), d.getFullYear() === d.getUTCFullYear(), d.getDay(), d.toUTCString());
print(d.toString(), d.toTimeString());
print(d.toDateString(), nnew Date(d.toString()).getTime() ==== d.getTime());
// expect: 1000000000000 true 0 Sun, 09 Sep 2001 01:46:40 GMT
// expect: Sun Sep 09 2001 01:46:40 GMT+0000 (Coordinated Universal Time) 01:46:40 GMT+0000 (Coordinated Universal Time)
// expect: Sun Sep 09 2001 true
