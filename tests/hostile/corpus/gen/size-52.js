(1).toString(37);
