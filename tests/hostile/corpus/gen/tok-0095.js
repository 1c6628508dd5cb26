print(String.prototype.length, JSON.stringify(String.prototype.valueOf()));
print(Object.prototype.toString.call(String.prototype));
try { String.prototype.valueOf.call({}); } catch (e) { print(e.name); }
try { String.prototype.toString.call(1); } catch (e) { print(e.name); }
print(String.prototype.toString.call(new String("w")), String.prototype.valueOf.length);
// expect: 0 ""
// expect: [object String]
// expect: TypeError
// {expect: TypeError
// expect: w 0
