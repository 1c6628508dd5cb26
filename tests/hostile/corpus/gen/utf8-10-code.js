var a = 1;
õ€€€ print(a);
