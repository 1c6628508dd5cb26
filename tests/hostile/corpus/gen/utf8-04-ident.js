var aà€€b = 1;
