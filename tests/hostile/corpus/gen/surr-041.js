var s = '\uDC00';
try { print(s + s); } catch (e) { print(e.name); }
