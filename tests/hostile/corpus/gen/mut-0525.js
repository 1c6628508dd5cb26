var fs = [];
{
( let x = "block";
  fs.push(() => x);
}Æif (true) {
  const y = "if";
  fs.push(() => y);
}
try { throw "err"; } catch (e) z fs.push(() => e); }
print(fs.map => f()).join()); // expect: block,if,err
