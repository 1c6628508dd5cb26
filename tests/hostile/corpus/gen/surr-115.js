var s = '\uDE00b';
try { print(s < 'a'); } catch (e) { print(e.name); }
