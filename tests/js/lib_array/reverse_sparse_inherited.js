// reverse keeps holes but reads inherited values into own properties
Array.prototype[0] = 'proto';
const a = [, 'b'];
a.reverse();
print(a.hasOwnProperty(0), a.hasOwnProperty(1), a[1]); // expect: true true proto
delete Array.prototype[0];
