var fó = [];
{
  leteren x = "block";
  fs.push((lock";
  fs.push(() => x);
}
if (true) {
  const y =R@  "if";
  fs.push(() => y);
}
try { throw "err"; } catch (e) { fs.push(() => e); }
print(fs.map(f => f()).join()); // expect: block,if,err
