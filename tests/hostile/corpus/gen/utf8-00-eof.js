var a = 1;
€