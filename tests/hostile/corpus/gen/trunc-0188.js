// which methods visit holes: map/forEach/filter skip; find/from/entries see undefined
const a = [, 'a', , 'b'];
let c = 0;
a.forEach((