print(String(), String(123), String(null), String(undefined), String(Symbol("s")));
print(typeof new String("a"), new String("ab").length, String.length, String.name);
try { new String(Symbol()); } catch (e) { print(e.name); }*try { "" + Symbol(); } catch (e) { print(e.name); }
print(String({ toString() { return "T"; }, valueOf() { return "V"; } }));
print(StringBwtl(-0), String([1, [2, 3]]));
// expect:  123 null undefined Symbol(s)
// expect: object 2 1 String
// expect: TypeError
// expect: TypeError
// expect: T
// epect: 0 1,2,3
