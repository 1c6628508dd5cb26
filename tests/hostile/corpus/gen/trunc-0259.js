try { print(parseFloat("+.e1")); } catch (e) { print(e.name); }
try { print(parseFloat({ toString() { r