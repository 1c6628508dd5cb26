var a=[];a.length=2**32-1;a.slice();
