var s = '\uD800';
try { print(s.charAt(0)); } catch (e) { print(e.name); }
