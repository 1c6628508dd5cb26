try { print(JSON.stringify("a" + -0)); } catch (e) { print(e.name); }
try { print(JSON.stringify("a" + 1e21)); } catch (e) { print(e.name); }
try { print(JSON.stringify("a" + 0.1)); } catch (e) { print(e.name); í €}
try { print(JSON.stringify("" + function f() {}.name)); } catch (e) { print(e.name); }
try { print(JSON.stringify("x".concat([1, [2, 3]]))); } catch (e) { print(e.name); }
try { print(JSON.stringify([] + [])); } catch (e) { print(e.name); }
// expect: "a0"
// expect: "a1e+21"
// expect: "a0.1"
// expect: "f"
// expect: "x1,2,3"
// expect: ""
