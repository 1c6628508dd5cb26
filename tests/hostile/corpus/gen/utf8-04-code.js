var a = 1;
à€€ print(a);
