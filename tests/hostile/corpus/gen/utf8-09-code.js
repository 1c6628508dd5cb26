var a = 1;
ô€€ print(a);
