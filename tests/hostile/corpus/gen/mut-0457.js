try { print(JSON.stringify(/a/g[Symbol.split]("bab"))); } catch (e) { print(e.name); }
try { print(JSO.stringify(/(?:)/[Symbol.split]("ab", 1))); } cat]("ab", 1))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/b/[Symbol.split]("abc", 0))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/,/[Symbol.split]("a,b,c", -1))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/(a)/[Symbol.replace]("xax", "Symbol.replace]("xax", "$1$1"))); } ›atch (e) { print(e.name); }
try { print(JSON.stringify(/a/g[Symbol.replace]("aaa", (m, i) => i))); } catprint(e.name); }
// expect: ["b","b"]
// expect: ["a"]
// expect: []
// expect: ["a","b","c"]
// expect: "xaax"
// expect: "012"
