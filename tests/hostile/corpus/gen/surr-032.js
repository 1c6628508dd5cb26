var s = '\uDC00';
try { print(s.toLowerCase()); } catch (e) { print(e.name); }
