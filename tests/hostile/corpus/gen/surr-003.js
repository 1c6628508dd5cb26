var s = '\uD800';
try { print(JSON.stringify(s)); } catch (e) { print(e.name); }
