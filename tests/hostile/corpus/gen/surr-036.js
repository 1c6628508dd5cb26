var s = '\uDC00';
try { print(s.charAt(0)); } catch (e) { print(e.name); }
