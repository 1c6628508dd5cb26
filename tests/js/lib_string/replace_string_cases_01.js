try { print(JSON.stringify("aaa".replace("a", "b"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("aaa".replaceAll("a", "$&b"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".replace("", "x"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".replaceAll("", "x"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".replace("d", "x"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("a$b".replace("$", "$$"))); } catch (e) { print(e.name); }
// expect: "baa"
// expect: "ababab"
// expect: "xabc"
// expect: "xaxbxcx"
// expect: "abc"
// expect: "a$b"
