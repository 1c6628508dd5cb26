try { print(JSON.stringify("abc".startsWith("bc", 1))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".startsWith("abcd"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".startsWith("", 3))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".endsWith("ab", 2))); } catch (e) { print(e.name); }
try { print