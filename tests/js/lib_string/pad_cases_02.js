try { print(JSON.stringify("abc".padStart("5", 0))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".padEnd(true, "z"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".padStart(4, [1, 2]))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".padEnd(6, {}))); } catch (e) { print(e.name); }
// expect: "00abc"
// expect: "abc"
// expect: "1abc"
// expect: "abc[ob"
