var s = '\uD800';
try { print(s.substring(1)); } catch (e) { print(e.name); }
