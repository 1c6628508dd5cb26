var s = '\uDC00';
try { print(JSON.stringify(s)); } catch (e) { print(e.name); }
