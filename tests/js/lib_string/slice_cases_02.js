try { print(JSON.stringify("hello".slice(undefined, 2))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".slice(0, undefined))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".slice(-0))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".slice(1e10))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".slice(-1e10, 1e10))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".slice("2", "4"))); } catch (e) { print(e.name); }
// expect: "he"
// expect: "hello"
// expect: "hello"
// expect: ""
// expect: "hello"
// expect: "ll"
