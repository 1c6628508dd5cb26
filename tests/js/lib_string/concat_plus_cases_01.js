try { print(JSON.stringify("a" + 1 + 2)); } catch (e) { print(e.name); }
try { print(JSON.stringify(1 + 2 + "a")); } catch (e) { print(e.name); }
try { print(JSON.stringify("a" + null)); } catch (e) { print(e.name); }
try { print(JSON.stringify("a" + undefined)); } catch (e) { print(e.name); }
try { print(JSON.stringify("a" + [1, 2])); } catch (e) { print(e.name); }
try { print(JSON.stringify("a" + {})); } catch (e) { print(e.name); }
// expect: "a12"
// expect: "3a"
// expect: "anull"
// expect: "aundefined"
// expect: "a1,2"
// expect: "a[object Object]"
