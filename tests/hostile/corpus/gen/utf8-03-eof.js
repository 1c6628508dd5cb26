var a = 1;
Á¿