try { print(String(Number.EPSILON)); } catch (e) { print(e.name); }
try { print(S