try { print(JSON.stringify("abc".lastIndexOf("", 5))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abcabc".lastIndexOf("abc", 2))); } catch 