var s = '\uD800';
try { print(JSON.parse(JSON.stringify(s)) === s); } catch (e) { print(e.name); }
