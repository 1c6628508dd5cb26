var s = '\uDE00b';
try { print(s.indexOf('\uDC00')); } catch (e) { print(e.name); }
