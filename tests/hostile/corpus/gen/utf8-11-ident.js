var aþb = 1;
