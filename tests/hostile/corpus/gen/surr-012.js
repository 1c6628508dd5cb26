var s = '\uD800';
try { print(s.repeat(3)); } catch (e) { print(e.name); }
