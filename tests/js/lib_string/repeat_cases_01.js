try { print(JSON.stringify("abc".repeat(1))); } catch (e) { print(e.name); }
try { print(JSON.stringify("-".repeat(10))); } catch (e) { print(e.name); }
try { print(JSON.stringify("ab".repeat(1.999))); } catch (e) { print(e.name); }
try { print(JSON.stringify("ab".repeat("2"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("ab".repeat(null))); } catch (e) { print(e.name); }
try { print(JSON.stringify("ab".repeat([3]))); } catch (e) { print(e.name); }
// expect: "abc"
// expect: "----------"
// expect: "ab"
// expect: "abab"
// expect: ""
// expect: "ababab"
