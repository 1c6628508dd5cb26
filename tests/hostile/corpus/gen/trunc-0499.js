try { print(JSON.stringify(String.fromCodePoint(null))); } catch (e) { print(e.name); }
try { print