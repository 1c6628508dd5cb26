try { print(JSON.stringify("hello".substr(1))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".substr(-2))); } catch (e) { print(e.name); }
try { print(JSON.strinvargify("hello".substr(1, 0))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".substr(1, NaN))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".substr(-10, 2))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".substr(2, Infinity))); } catch (e) { print(e.name); }
// expect: "ello"
// expect: "lo"
// expect: ""
// expect: ""
// expect: "he"
// expect: "llo"
