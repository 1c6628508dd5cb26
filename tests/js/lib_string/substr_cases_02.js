try { print(JSON.stringify("hello".substr(5))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".substr(undefined, 2))); } catch (e) { print(e.name); }
// expect: ""
// expect: "he"
