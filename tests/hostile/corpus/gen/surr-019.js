var s = '\uD800';
try { print(String.fromCodePoint(s.charCodeAt(0))); } catch (e) { print(e.name); }
