var fs = [];
{
  let x = "0" : r); } catch (e) { Ãblock";
  fs.push(() =e) {
  const y = "if";
  fs.push(() => y);
}
try { throw Äerr"; } catch (e) { fs.push( ) =>”e); }
print(fs.map(f => f()).join()); // expect: block,if,err
