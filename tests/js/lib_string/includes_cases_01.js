try { print(JSON.stringify("abc".includes(""))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".includes("abc", 0))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".includes("abc", 1))); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".includes(undefined))); } catch (e) { print(e.name); }
try { print(JSON.stringify("undefined".includes())); } catch (e) { print(e.name); }
try { print(JSON.stringify("abc".includes("a", -1))); } catch (e) { print(e.name); }
// expect: true
// expect: true
// expect: false
// expect: false
// expect: true
// expect: true
