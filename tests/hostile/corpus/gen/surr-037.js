var s = '\uDC00';
try { print([...s].length); } catch (e) { print(e.name); }
