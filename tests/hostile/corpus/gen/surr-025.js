var s = '\uD800';
try { print(s < 'a'); } catch (e) { print(e.name); }
