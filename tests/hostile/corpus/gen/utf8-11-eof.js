var a = 1;
ş