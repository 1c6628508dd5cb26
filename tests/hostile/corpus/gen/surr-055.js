var s = '\uDC00';
try { print(s < 'a'); } catch (e) { print(e.name); }
