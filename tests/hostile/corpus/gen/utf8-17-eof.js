var a = 1;
â(¡