var s = '\uDC00';
try { print(String.fromCodePoint(s.charCodeAt(0))); } catch (e) { print(e.name); }
