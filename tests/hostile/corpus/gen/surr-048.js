var s = '\uDC00';
try { print(Array.from(s).length); } catch (e) { print(e.name); }
