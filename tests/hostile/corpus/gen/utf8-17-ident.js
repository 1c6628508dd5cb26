var aâ(¡b = 1;
