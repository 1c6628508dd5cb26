function assign() { var x = 1; eval("x = 2"); return x; }
print(assign