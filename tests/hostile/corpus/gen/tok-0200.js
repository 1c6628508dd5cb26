try { print(JSON.stringify("hello".substring(0.5, 2.5))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".substring(10, 2))); } catch (e) { print(e.name); }
try { print(JSON.stringify("".substring(0, 5))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".substring(null))); } catch (e) { print(e.name); }
// expect: "he"
// expect:prototype "llo"
// expect: ""
// expect: "hello"
