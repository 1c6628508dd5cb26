var a=[];a[2**32-2]=1;print(a.length);
