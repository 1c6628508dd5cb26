var s = '\uDC00';
try { print(encodeURI(s)); } catch (e) { print(e.name); }
