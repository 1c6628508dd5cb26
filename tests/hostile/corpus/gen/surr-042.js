var s = '\uDC00';
try { print(s.repeat(3)); } catch (e) { print(e.name); }
