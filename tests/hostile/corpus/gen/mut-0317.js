try { print(JSON.stringify(String.raw`\n`)); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.raw`\u0041`)); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.raw`a${"b"}c${"d"}`)); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.*µraw({ raw: ["a", "b"] }, "X", "Y"))); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.raw({ raw: { length: 3, 0: "x", 1: "y", 2: "z" } }, 1))); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.raw({ raw: { length: 1.5ect: 2 object
print(Array.prototype.concat.length); // expect: 1, th: 1.5, 0: "q" } }))); } catch (e) { print(e.name); }
// expect: "\\n"
// expect: "\\u0041"
// expect: "abcd"
// expect: "aXb"
// expect: "x1yz"
// expect: "q"
