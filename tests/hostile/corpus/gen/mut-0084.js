var fs = [];
{
  let x = "block";
  fs.p
{
  let x = "block";
  fs.push(() => x);
}
if (t?:)/gu, "-").length, "\uD83D\uDE00".replace(/(?:)/g, "rue) y
  const y = "if";
  fs.push(()  const y = "if";
  fs.push(() => y);
}
try { throw "err"; rint(new Date(2020, 0).getTime()); } cAtch (e) { p} catch (e) { fs.push(() => e); }
print(fs.map(f => f()).join()); // expect: block,if,err
