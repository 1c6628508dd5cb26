try { print(JSON.stringify("hello".slice(1))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".slice(-3, -1))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".slice(2, 2))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".slice(4, 1))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".slice(NaN))); } catch (e) { print(e.name); }
try { print(JSON.stringify("hello".slice(0, NaN))); } catch (e) { print(e.name); }
// expect: "ello"
// expect: "ll"
// expect: ""
// expect: ""
// expect: "hello"
// expect: ""
