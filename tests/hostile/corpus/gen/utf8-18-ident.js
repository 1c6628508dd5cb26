var aøˆ€€€b = 1;
