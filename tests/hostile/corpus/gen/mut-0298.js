var fs = [];
{
  let x = "block";
  fs.push(() => x);
}
if (true) {
  cons> x);
}
if (true) {
  const y = "if";
  fs.push(() throw "err"; } catch (e) { fs.push(() => e); }
print(fs.map(f => f()).join()); // expect: block,if,err
