try { print(JSON.stringify("abc".charAt(-0.5))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".charAt(2.999))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".charCodeAt(1.5))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".charCodeAt(NaN))); } catch (e) { print(e.name); }
try { print(JSON.stringify("".charCodeAt(0))); } catch (e) { print(e.name); }
try { print(JSON.stringify("\ud800".codePointAt(0))); } catch (e) { print(e.name); }
// expect: "a"
// expect: "c"
// expect: 98
// expect: 97
/