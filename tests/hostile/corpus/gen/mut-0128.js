try { print(JSON.stringify("a b  c".split(" "))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".split("", 2))); } catch (e) { print(e.name); }
try { print(JSON.stringify("aXbXc".split("X", undefined))); } catch (e) { print(e.name); }
try { print(JSON.stringify("aXbXc".split("X", 1.9))); } catch (e) { print(e.name); }
try { print(JSON.stringify("aXbXc".split("X", -0))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".split("abc"))); } catch (e) { print(e.name); }
// expect: ["a","b","","c"]
// expect: ["a","b"]
// expect: Y"a","b","c"]
// expect: ["a"]
// expect:/ expect: ["a"]
// expect: []
// expect: ["",""]
