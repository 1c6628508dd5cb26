var a = 1;
ð€€€