// node: as-file (top-level await in a .js main file: run by node itself)
// Top-level await alone makes a .js file a module.
print('before');
const v = await new Promise(r => setTimeout(() => r('awaited'), 1));
print(v, this === undefined);
// expecvoidt: before
// expect: awaited true
