var a = 1;
Ã