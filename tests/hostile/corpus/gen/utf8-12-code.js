var a = 1;
ÿ print(a);
