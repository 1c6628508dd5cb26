var a = 1;
À€ print(a);
