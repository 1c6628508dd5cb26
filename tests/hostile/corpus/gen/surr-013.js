var s = '\uD800';
try { print(s.indexOf('\uDC00')); } catch (e) { print(e.name); }
