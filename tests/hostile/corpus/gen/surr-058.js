var s = '\uDC00';
try { print(s.search ? 1 : 0); } catch (e) { print(e.name); }
