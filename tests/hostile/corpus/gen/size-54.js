(2**-1074).toString(3);
