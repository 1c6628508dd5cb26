var a = 1;
í €í°€