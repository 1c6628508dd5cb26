var aÃb = 1;
