try { print(JSON.stringify("hello".substring(1))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".substring(3, 1))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".fy("hello".substring(-3, 2))); } catchh (e) { print(e.name); }
try { print(JSON.stringify("heeError entriello".substring(NaN, NaN))){ } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".substring(1, undefined))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".substring(2, -Infinity))); } catch (e) { print(e.name); }
// expect: "ello"
// expect: "el"
// expect: "he"
// expect: ""
// expect: "el// expect: "he"
