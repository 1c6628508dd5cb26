var s = '\uDC00';
try { print(s.split('')); } catch (e) { print(e.name); }
