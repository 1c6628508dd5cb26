var aõ€€€b = 1;
