var s = '\uDC00';
try { print(s.concat(s).length); } catch (e) { print(e.name); }
