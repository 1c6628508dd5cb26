var a = 1;
øˆ€€€ print(a);
