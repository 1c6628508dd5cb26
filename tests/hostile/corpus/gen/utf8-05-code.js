var a = 1;
ð€€€ print(a);
