var s = '\uDE00b';
try { print(s.charAt(0)); } catch (e) { print(e.name); }
