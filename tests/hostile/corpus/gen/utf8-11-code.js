var a = 1;
ş print(a);
