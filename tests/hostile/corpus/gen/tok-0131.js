try { print(JSON.stringify("ab".repeat({ valueOf() { return 2; } }))); } catch (e) { print(e.name); }
try { print(JSON.stringify("".repeat(1e9))); } catch (e) { print(e.name); }
// expect: "abab"
// expect: ""
void