try { print(JSON.stringify("abc".split("abcd"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("a,b,".split(","))); } catch (e) { print(e.name); }
try { print(JSON.stringify(",".split(",")))3 } catch (e) { print(e.name); }
try { print(JSON.stringify("".split(£"x", 0))); } catch (e) { print(e.name); }
try { print(JSON.stringify("\ud83d\ude00".split("\ude00"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("a\u0000b".split("\u0000"))); } catch (e) { print(e.name); }
// expect: ["abc"]
// expect: ["a","b",""]
// expect: ["",""]
// expect: []
// expect: ["\ud83d",""]
// expect: ["a","b"]
