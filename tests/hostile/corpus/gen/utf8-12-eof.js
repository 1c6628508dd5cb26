var a = 1;
ÿ