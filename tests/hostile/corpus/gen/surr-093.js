var s = '\uDE00b';
try { print(JSON.stringify(s)); } catch (e) { print(e.name); }
