var aÃ(b = 1;
