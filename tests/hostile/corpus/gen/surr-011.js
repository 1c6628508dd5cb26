var s = '\uD800';
try { print(s + s); } catch (e) { print(e.name); }
