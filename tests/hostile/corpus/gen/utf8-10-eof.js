var a = 1;
õ€€€