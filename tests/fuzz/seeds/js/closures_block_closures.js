var fs = [];
{
  let x = "block";
  fs.push(() => x);
}
if (true) {
  const y = "if";
  fs.push(() => y);
}
try { throw "err"; } catch (e) { fs.push(() => e); }
print(fs.map(f => f()).join()); // expect: block,if,err
