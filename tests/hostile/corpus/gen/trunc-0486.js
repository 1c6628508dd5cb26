try { print(JSON.stringify("a" + -0)); } catch (e) { print(e.name); }
try { print(JSON.stringify("a" + 1e21)); } catch (e) { print(e.name); }
try { print(JSON.stringify("a" + 0.1)); } c