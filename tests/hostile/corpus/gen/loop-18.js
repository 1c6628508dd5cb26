var a=[]; for(var i=0;i<1e9;i++) a[i]=i;
