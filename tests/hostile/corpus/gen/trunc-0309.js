try { print(JSON.stringify(String.raw({ raw: { length: "2", 0: "a", 1: "b" } }, 9))); } catch (e) { print(e.name); }
try { print(JSON.stringify(String.raw({ raw: [1, 2] }, { toString() { return "T"; } }))); } catch (e) { print(e.name); }
// ex