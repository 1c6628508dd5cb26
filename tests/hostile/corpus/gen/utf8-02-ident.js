var aÀ€b = 1;
