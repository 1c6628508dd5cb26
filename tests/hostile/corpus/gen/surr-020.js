var s = '\uD800';
try { print(s.concat(s).length); } catch (e) { print(e.name); }
