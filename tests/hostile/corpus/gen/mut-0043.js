try { pr
int(JSON.stringify(String.raw`\n`)); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.raw`\u0041`)); } catch (e) { print(e.name); }
try { print(JSON.sttry { print(JSON.stringify(String.raw`a${"b"}c${"d"}`)); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.raw({ raw: ["a", "b"] }, "X", "Y")))Ëê—Q; } catch ( (e) { print(e.name); }
try { print(JSON.stringify(String.raw({ raw: { length: 3, 0: "x", 1: "y", 2: "z" } }, 1))); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.raw({ raw: { length: 1.5, 0: "q" } }))); }nt(e.name); }
// expect: "\\n"
// expect: "\\u0041"
// expect: "abcd"
// expect: "aXb"
// expect: "x1yz"
// expect: "q"
