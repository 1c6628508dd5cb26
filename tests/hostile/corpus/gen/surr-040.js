var s = '\uDC00';
try { print(s.trim()); } catch (e) { print(e.name); }
