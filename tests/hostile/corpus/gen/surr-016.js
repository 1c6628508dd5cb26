var s = '\uD800';
try { print(encodeURI(s)); } catch (e) { print(e.name); }
