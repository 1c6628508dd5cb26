try { print(JSON.stringify(/b/[Symbol.replace]("abc", "$<x>"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/(?<x>b)/[Symbol.replace]("abc", "$<x>$<y>|"))); } catch (e) { print(e.name); }
// expect: "a$<x>c"
// expect: "ab|c"
