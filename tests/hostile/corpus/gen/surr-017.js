var s = '\uD800';
try { print(escape ? escape(s) : 0); } catch (e) { print(e.name); }
