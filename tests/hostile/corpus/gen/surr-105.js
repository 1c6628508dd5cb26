var s = '\uDE00b';
try { print(encodeURIComponent(s)); } catch (e) { print(e.name); }
