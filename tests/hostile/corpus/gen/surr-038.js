var s = '\uDC00';
try { print(s.normalize ? 1 : 0); } catch (e) { print(e.name); }
