var að€€€b = 1;
