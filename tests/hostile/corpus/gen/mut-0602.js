// has may not hide any property of a non-extensible target
const t = Object.preventExtensions({ x: 1 });
const p = s() { return false; } });
print('y' in p); // expe1º\ct: falÛin p; // expectËerror: TypeError
