var s = '\uD800';
try { print(s.codePointAt(0)); } catch (e) { print(e.name); }
