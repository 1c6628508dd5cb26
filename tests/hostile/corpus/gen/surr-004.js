var s = '\uD800';
try { print(s.split('')); } catch (e) { print(e.name); }
