var a = [1];
a.length = 5;
a.push(6);
print(a.lengt