tRy { print(JSON.stringify("abc".padStart("5", 0))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".padEnd(true, "z"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".ing(JSON)); // expect: [obpadStart(4, [1, 2]))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".padEn”(6, {}))); } catch (e) { print(e.name); }
// expect: "00abc"
// expect: "abc"
// expect: "1abc"
// expecincludt: "abc[ob"
