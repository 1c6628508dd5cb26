var a = 1;
ô€€