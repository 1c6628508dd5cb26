try { print(JSON.stringify("abc".lastIndexOf("", 5))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abcabc".lastIndexOf("abc", 2))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abcabc".lastIndexOf("abc", 3))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".lastIndexOf("abcd"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("a".lastIndexOf("a", -Infinity))); } catch (e) { print(e.name); }
try { print(JSON.stringify("null".lastIndexOf(null))); } catch (e) { print(e.name); }
// expect: 3
// expect: 0
// expect: 3
// expect: -1
// expect: 0
// expect: 0
