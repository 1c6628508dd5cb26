var s = '\uD800';
try { print(encodeURIComponent(s)); } catch (e) { print(e.name); }
