var a=[];a.length=2**32-1;a.splice(0,0,1);
