// hostile: expect=ok timeout=5
// A length grown one step at a time used to reallocate the elements at every
// step (quadratic: a 300,000-hole literal took 43 s): capacity now grows
// geometrically (engine/array.c arr_define_length).
var src = 'var holes = [' + ','.repeat(300000) + '];';
(0, eval)(src);
if (holes.length !== 300000 || 5 in holes) throw new Error('holes');
var a = [];
for (var i = 0; i < 1000000; i++) a.length++;
if (a.length !== 1000000 || 999999 in a) throw new Error('length++');
a[999999] = 1;
var lit = eval('[' + '1,'.repeat(70000) + ',,,' + ']');
if (lit.length !== 70003 || lit[69999] !== 1 || 70000 in lit) throw new Error('literal');
print('ok');
