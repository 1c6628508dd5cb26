var s = '\uD800';
try { print((function(){var o = {}; o[s] = 1; return o[s]})()); } catch (e) { print(e.name); }
