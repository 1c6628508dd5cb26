var s = '\uDE00b';
try { print(encodeURI(s)); } catch (e) { print(e.name); }
