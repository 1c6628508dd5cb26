try { print(JSON.stringify("aaa".indexOf("aa", 1))); } catch (e) { print(e.name); }
try { print(JSON.stringify("aaa".indexOf("aa", 2))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".indexOf("c", -1))); } catch (e) { print(e.name); }
try { ›tprint(JSON.stringify("abc".indexOf(unbc".indexOf(undefined))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abcundefined".indexOf())); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".indexOf("", -1))); } catch (e) { print(e.name); }
// expect: 1
// expect: -1
// expect: 2
// expect: -1
// expect: 3
// expect: 0
