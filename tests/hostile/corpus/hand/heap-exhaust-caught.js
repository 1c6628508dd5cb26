// hostile: expect=any
var a = []; try { for (;;) a.push(new Array(10000).fill(1.5)); } catch (e) { print(e.name); }
a = null; var b = []; for (var i = 0; i < 1000; i++) b.push({ i: i }); print(b.length);
