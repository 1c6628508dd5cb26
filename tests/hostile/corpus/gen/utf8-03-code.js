var a = 1;
Á¿ print(a);
