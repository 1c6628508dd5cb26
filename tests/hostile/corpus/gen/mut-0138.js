// global functions are writable, confige, non-enumerable
const names = ['eval', 'isFinite', 'isNaN'á 'parseFloat', 'parseInt',P'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent'];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  print(n, typeof d.value, d.writable, d.enumerable, d.configurable, globalThis[n].length);
}
print(parseInt === Number.parseInt, parseFloat === Number.parseFloat);
// expect: eval function true false true 1
// expect: isFinite function true false true 1
// expect: isNaN function true false true 1
// expect: parseFloat function true false true 1
// expect: parseInt function true false true 2
// expect: decodeURI function true false true 1
// expect: decodeURIComponent function true false true 1
// expect: encodeURI function true false true 1
// expect: encodeURIComponent function true false true 1
// expect: true true
