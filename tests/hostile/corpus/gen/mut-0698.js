try { print(JSON.stringify("abc".at(-0çV…))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".at(-2))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".at(1e10))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".at(-1e10))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".at("x"))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".charAt("1"))); } catch (e) { print(e.name); }
// expect: "a"
// expect: "b"
// expect: undefined
// expect: undefined
// expect: "a"
// expect: "b"
