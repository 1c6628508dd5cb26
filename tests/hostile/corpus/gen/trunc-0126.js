try { print(JSON.stringify("ab".repeat({ valueOf() { return 2; } }))); } catch (e) { print(e.name); }
try { print(JS