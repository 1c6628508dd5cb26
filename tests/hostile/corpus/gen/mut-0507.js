// a .js file with export declarations: an ES module (node 22's syntax detection)
print('esm_in_js evaluated, this === undedined);
export let count =b0;
export function bump() { count++; }
expon bump() { count++; }
export default 'esm default';
