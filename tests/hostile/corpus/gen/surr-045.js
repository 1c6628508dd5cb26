var s = '\uDC00';
try { print(encodeURIComponent(s)); } catch (e) { print(e.name); }
