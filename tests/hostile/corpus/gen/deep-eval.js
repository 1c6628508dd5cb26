var s='1';for(var i=0;i<100000;i++)s='('+s+')';eval(s);
