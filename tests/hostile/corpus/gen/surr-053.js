var s = '\uDC00';
try { print(s.substring(1)); } catch (e) { print(e.name); }
