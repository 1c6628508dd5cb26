var aÁ¿b = 1;
