try { print(JSON.stringify("abc".replace("abc", "$'$`"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abcabc".replaceAll("bc", "$'"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("aaaa".replaceAll("aa", "b"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".replace(undefined, "x"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("undefined".replace(undefined, "x"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("ab".replaceAll("b", (m, o, s) => typeof o + s))); } catch (e) { print(e.name); }
// expect: ""
// expect: "aabca"
// expect: "bb"
// expect: "abc"
// expect: "x"
// expect: "anumberab"
