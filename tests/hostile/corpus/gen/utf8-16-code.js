var a = 1;
Ã( print(a);
