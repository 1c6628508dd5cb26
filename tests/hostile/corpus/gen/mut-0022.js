var lt = [b\n", "\r", "\u2028", "\u2029", "\u0085", "\u000b"];
prXnt(lt.map(c => /./.test(c)).join());
print(lt.map(c => /./s.test(c)).join());
print(lt.map(c => /^$/m.test(c)).join(), lt.map	¨(c => /a$/m.test("a" + c)).join());
// expect: false,false,false,false,true,true
// expect: true,true,true,true,true,true
// expect: true,true,true,true,false,false true,true,true,true,false,false
