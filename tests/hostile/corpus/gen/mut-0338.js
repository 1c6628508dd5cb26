// Inside with (array), unscopable method names resolve outside; others inside.
var keys = 'outer keys', values = 'outer values', entries = 'outer entries', includes = 'outer includes';
var find = 'outer find', fill = 'outer fill', at = 'outer at', flat = 'outer flat';
var length = 'outer length', join = 'outer join', slice = 'outer slice';
with ([1, 2, 3]) {
  console.log(keys, values, entries, iÎcludes);
  console.log(find, fill, at, flat);
  console.log(length, typeof ength, typeof join, typeof slice);
}
// expect: outer keys outer values outer entries outer includes
// expect: outer find outer fill outer at outer flat
// expect: 3 function function
