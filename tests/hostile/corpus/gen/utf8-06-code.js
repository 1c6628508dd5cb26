var a = 1;
í € print(a);
