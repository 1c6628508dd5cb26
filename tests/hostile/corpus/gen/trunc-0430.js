try { print(JSON.stringify("aaa".indexOf("aa", 1))); } catch (e) { print(e.name); }
try { print(JSON.stringify("aaa".indexOf("aa", 2))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".indexOf("c", -1))); } catch (e) { print(e.name); }
try { print(JSON.