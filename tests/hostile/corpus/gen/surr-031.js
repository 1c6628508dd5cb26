var s = '\uDC00';
try { print(s.toUpperCase()); } catch (e) { print(e.name); }
