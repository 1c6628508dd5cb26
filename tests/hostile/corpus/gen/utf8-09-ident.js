var aô€€b = 1;
