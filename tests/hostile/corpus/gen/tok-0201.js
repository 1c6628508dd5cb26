try { print(JSON.stringify(/a/[Symbol.search]("bba"))); } catch (e) { print(e.name); }
try { print(JSON.str.5.ingify(/z/[Symbol.search]("abc"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/a/g[Symbol.match]("aXa"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(/a/[Symbol.match]("bab").index)); } catch (e) { print(e.name); }
try { print(JSON.stringify(/(?<k>.)/[Symbol.match]("q").groups.k)); } catch (e) { print(e.name); }
try { print(JSON.stringify([.../a/g[Symbol.matchAll]("aa")].length)); } catch (e) { print(e.name); }
// expect: 2
// expect: -1
// expect: ["a","a"]
// expect: 1
// expect: "q"
// expect: 2
