var a = 1;
í €í°€ print(a);
