var a = 1;
¿